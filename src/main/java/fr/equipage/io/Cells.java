package fr.equipage.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading typed values out of cells: lists, e-mails, names, sizes. */
final class Cells {
    private Cells() {
    }

    private static final Pattern ANGLE_EMAIL = Pattern.compile("<([^<>\\s]+@[^<>\\s]+)>");
    private static final Pattern LEADING_INT = Pattern.compile("^\\s*(\\d{1,6})(?:\\s*(?:personnes?|pers\\.?|participants?|"
            + "membres?|people|persons?))?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RANGE = Pattern.compile("^\\s*(?:de\\s+|entre\\s+|from\\s+)?(\\d{1,6})\\s*(?:-|–|—|à|a|"
            + "et|to|/)\\s*(\\d{1,6})(?:\\s*(?:personnes?|pers\\.?|participants?|membres?|people))?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TITLE_SEPARATORS = Pattern.compile("[\\n\\r;|•]+");
    private static final Pattern BULLET = Pattern.compile("^[-*]\\s+");
    /** "1. Titre", "2) Titre", "3 - Titre": the order a list cell already shows. */
    private static final Pattern NUMBERED = Pattern.compile("^\\s*(?:[-*•]\\s*)?(?:\\d{1,2}\\s*[.)°:-]\\s+)?");
    static final Pattern PERSON_SEPARATORS = Pattern.compile("[\\n\\r;,|]+");

    /**
     * Items of a list typed in one cell: separated by line breaks, ";", "," , "|" or bullets; duplicates
     * (ignoring case) removed, the first spelling kept. Split by hand, not by a regex: three list cells
     * per row of a 100,000-row file.
     */
    static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        if (cell.isEmpty()) {
            return out;
        }
        int start = 0;
        for (int i = 0; i <= cell.length(); i++) {
            if (i == cell.length() || isListSeparator(cell.charAt(i))) {
                String v = cell.substring(start, i).strip();
                if (v.startsWith("-") || v.startsWith("*")) {
                    v = BULLET.matcher(v).replaceFirst("");
                }
                if (!v.isEmpty() && !containsIgnoringCase(out, v)) {
                    out.add(v);
                }
                start = i + 1;
            }
        }
        return out;
    }

    /** A cell lists a handful of items: a linear look, not a map of lower-cased copies (three cells a row). */
    static boolean containsIgnoringCase(List<String> items, String item) {
        for (String seen : items) {
            if (seen.equalsIgnoreCase(item)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isListSeparator(char c) {
        return c == '\n' || c == '\r' || c == ';' || c == ',' || c == '|' || c == '•' || c == '·';
    }

    /**
     * Project titles listed in one cell. Titles may hold commas, so a cell is split on line breaks,
     * ";" and "|" first, and a piece is split on commas only when it is not itself a known title.
     */
    static List<String> titles(String cell, ProposalCatalogue catalogue) {
        List<String> out = new ArrayList<>();
        if (cell.isEmpty()) {
            return out;
        }
        for (String piece : TITLE_SEPARATORS.split(cell)) {
            String p = NUMBERED.matcher(piece).replaceFirst("").strip();
            if (p.isEmpty()) {
                continue;
            }
            if (p.contains(",") && catalogue.find(p) == null) {
                for (String sub : p.split(",")) {
                    if (!sub.isBlank()) {
                        out.add(sub.strip());
                    }
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** "Camille Martin <camille.martin@x.gouv.fr>" or "mailto:…" → the address alone. */
    static String email(String cell) {
        String v = cell.strip();
        if (v.indexOf('<') >= 0) {
            Matcher m = ANGLE_EMAIL.matcher(v);
            if (m.find()) {
                v = m.group(1);
            }
        }
        if (v.regionMatches(true, 0, "mailto:", 0, 7)) {
            v = v.substring(7);
        }
        return v.strip();
    }

    /** What Microsoft Forms writes in its e-mail and name columns for an anonymous answer. */
    static boolean isAnonymous(String v) {
        if (v.length() < 7 || v.length() > 12) {
            return false;
        }
        char first = v.charAt(0);
        if (first < 128 && Character.isLetterOrDigit(first) && first != 'a' && first != 'A') {
            return false; // spares normalising every name of a big file
        }
        String k = Texts.key(v);
        return k.equals("anonymous") || k.equals("anonyme") || k.equals("anonyme e");
    }

    /**
     * One "@" with something on each side, no space, quote or angle bracket, and a domain ending in a dot
     * and at least two letters. By hand rather than a regular expression: two cells a row of a big file.
     */
    static boolean isEmail(String v) {
        int at = v.indexOf('@');
        if (at <= 0 || v.indexOf('@', at + 1) >= 0) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '<' || c == '>'
                    || c == '"') {
                return false;
            }
        }
        int dot = v.lastIndexOf('.');
        return dot > at + 1 && v.length() - dot - 1 >= 2;
    }

    /**
     * Splits a full name. French lists often write the family name first in capitals
     * ("MARTIN Camille", "LE GALL Anne-Sophie"); otherwise the first word is the first name.
     */
    static String[] splitFullName(String full) {
        String n = Texts.collapseSpaces(full);
        String[] words = n.split(" ");
        int upper = 0;
        while (upper < words.length && isCapitals(words[upper])) {
            upper++;
        }
        if (upper > 0 && upper < words.length) {
            return new String[] {String.join(" ", List.of(words).subList(upper, words.length)),
                    String.join(" ", List.of(words).subList(0, upper))};
        }
        int lower = words.length;
        while (lower > 0 && isCapitals(words[lower - 1])) {
            lower--;
        }
        if (upper == 0 && lower > 0 && lower < words.length) { // "Jean Pierre MARTIN"
            return new String[] {String.join(" ", List.of(words).subList(0, lower)),
                    String.join(" ", List.of(words).subList(lower, words.length))};
        }
        int space = n.indexOf(' ');
        return space < 0 ? new String[] {"", n} : new String[] {n.substring(0, space), n.substring(space + 1)};
    }

    private static boolean isCapitals(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) {
                    return false;
                }
            }
        }
        return letter && word.codePoints().filter(Character::isLetter).count() > 1;
    }

    /** A size: "4", "4 personnes", "4,0"; null when it is not a whole number. */
    static Integer integer(String cell) {
        String v = cell.strip().replaceFirst("[.,]0+$", "");
        Matcher m = LEADING_INT.matcher(v);
        return m.matches() ? Integer.valueOf(m.group(1)) : null;
    }

    /** "3-6", "3 à 6", "de 3 à 6 personnes" → {3, 6}; "5" → {null, 5}; null when unreadable. */
    static Integer[] range(String cell) {
        Matcher m = RANGE.matcher(cell);
        if (m.matches()) {
            return new Integer[] {Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2))};
        }
        Integer single = integer(cell);
        return single == null ? null : new Integer[] {null, single};
    }
}
