package fr.equipage.io;

import java.text.Normalizer;

/**
 * Text comparison the way an organiser reads: accents, case, ligatures, typographic quotes and
 * punctuation do not matter ("Ministère de l’Intérieur" = "ministere de l'interieur").
 */
public final class Texts {
    private Texts() {
    }

    /** Lower case, no accents, œ→oe, punctuation as spaces, single spaces, trimmed. */
    public static String key(String s) {
        if (s == null) {
            return "";
        }
        // Text made of ASCII and the accented Latin letters of French and its neighbours (the common
        // case) is folded character by character through LATIN, which unicodeKey itself built: the same
        // key without the decomposition and the Unicode look-ups per character, which took a tenth of a
        // 100,000-row import (names, ministries). TextsTest compares both paths on every such character.
        if (!isLatin(s)) {
            return unicodeKey(s);
        }
        StringBuilder out = new StringBuilder(s.length() + 2);
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            String folded = LATIN[s.charAt(i)];
            for (int k = 0; k < folded.length(); k++) {
                space = put(out, folded.charAt(k), space);
            }
        }
        return trimEnd(out);
    }

    /** The general path: any text, through the Unicode canonical decomposition. */
    static String unicodeKey(String s) {
        String t = Normalizer.normalize(
                s.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE"), Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(t.length());
        boolean space = true;
        for (int i = 0; i < t.length(); i++) {
            char ch = Character.toLowerCase(t.charAt(i));
            if (Character.getType(ch) == Character.NON_SPACING_MARK) {
                continue; // the accent NFD split off its letter
            }
            space = put(out, Character.isLetterOrDigit(ch) ? ch : ' ', space);
        }
        return trimEnd(out);
    }

    /**
     * Appends a kept letter, or a separator (' ') unless one was just written ({@code space}, also
     * true at the start); returns whether the key now ends with a separator.
     */
    private static boolean put(StringBuilder out, char ch, boolean space) {
        if (ch != ' ') {
            out.append(ch);
            return false;
        }
        if (!space) {
            out.append(' ');
        }
        return true;
    }

    private static String trimEnd(StringBuilder out) {
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }

    /** Characters below this one are folded through {@link #LATIN}: Basic Latin to Latin Extended-A. */
    static final char LATIN_END = 0x180;

    /**
     * What each character becomes in a key: its lower-case letters without accents ("É" → "e",
     * "Œ" → "oe"), " " for a separator, "" for nothing; computed by {@link #unicodeKey}'s own rules.
     */
    private static final String[] LATIN = latinTable();

    private static String[] latinTable() {
        String[] table = new String[LATIN_END];
        for (char c = 0; c < LATIN_END; c++) {
            String t = Normalizer.normalize(String.valueOf(c).replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae")
                    .replace("Æ", "AE"), Normalizer.Form.NFD);
            StringBuilder folded = new StringBuilder();
            for (int i = 0; i < t.length(); i++) {
                char ch = Character.toLowerCase(t.charAt(i));
                if (Character.getType(ch) != Character.NON_SPACING_MARK) {
                    folded.append(Character.isLetterOrDigit(ch) ? ch : ' ');
                }
            }
            table[c] = folded.toString();
        }
        return table;
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= LATIN_END) {
                return false;
            }
        }
        return true;
    }

    /** Runs of white space as one plain space, trimmed. */
    public static String collapseSpaces(String s) {
        return isCollapsed(s) ? s.strip() : SPACES.matcher(s).replaceAll(" ").strip();
    }

    /** Nothing for {@link #SPACES} to replace (most cells): spares the regex, run on every name. */
    private static boolean isCollapsed(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == ' ' && i > 0 && s.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** {@link #key} without any space: "E-mail" and "Email" and "e mail" meet. */
    public static String compactKey(String s) {
        return key(s).replace(" ", "");
    }

    /** Edit distance (insertions, deletions, substitutions), two-row version. */
    public static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** 1 for equal strings, 0 for nothing in common: 1 − distance / longer length. */
    public static double similarity(String a, String b) {
        int longer = Math.max(a.length(), b.length());
        return longer == 0 ? 1 : 1 - (double) levenshtein(a, b) / longer;
    }

    /** 10000 → "10 000", with a plain space so that every console shows it. */
    public static String number(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n).replace(',', ' ');
    }

    /** The value shortened for a message, so that a huge cell does not flood the report. */
    public static String excerpt(String value) {
        if (value == null) {
            return "";
        }
        String v = value.replace('\n', ' ').replace('\r', ' ');
        return v.length() <= 60 ? v : v.substring(0, 57) + "…";
    }
}
