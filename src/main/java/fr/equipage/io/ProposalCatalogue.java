package fr.equipage.io;

import fr.equipage.model.Proposal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proposals a choice may name: those of the workshop, those of a proposals sheet of the same
 * file, and titles first seen in choices. A choice is matched by reference ("P03", "P03 - Titre"), by
 * title with accents, case and punctuation ignored, then by title with small typos forgiven.
 */
public final class ProposalCatalogue {
    public enum Origin { STORED, SHEET, CHOICE }

    /** One project; {@code key} identifies it for the whole import (normalised title). */
    public static final class Entry {
        final String key;
        final String title;
        final String storedRef;
        Origin origin;

        Entry(String key, String title, String storedRef, Origin origin) {
            this.key = key;
            this.title = title;
            this.storedRef = storedRef;
            this.origin = origin;
        }

        public String key() {
            return key;
        }

        public String title() {
            return title;
        }

        public Origin origin() {
            return origin;
        }
    }

    /** Similarity above which two titles are the same project with a typo. */
    static final double FUZZY = 0.85;
    /** Titles are compared with typos forgiven only up to this length and this many candidates. */
    private static final int FUZZY_MAX_LENGTH = 200;
    private static final int FUZZY_MAX_ENTRIES = 2_000;
    private static final Pattern REF = Pattern.compile("^\\s*([A-Za-z]{1,3}\\d{1,5})\\s*(?:[-–—:.)]\\s*(.*))?$");
    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:#|n°|no\\.?)?\\s*\\d{1,2}\\s*[.)°:-]\\s+");

    private final Map<String, Entry> byKey = new LinkedHashMap<>();
    private final Map<String, Entry> byRef = new HashMap<>();
    /** Choices are typed the same way again and again: remember how each text resolved. */
    private final Map<String, Entry> resolved = new HashMap<>();

    public ProposalCatalogue(Collection<Proposal> stored) {
        for (Proposal p : stored) {
            String key = Texts.key(p.title());
            Entry e = new Entry(key.isEmpty() ? "#" + p.id() : key, p.title(), p.id(), Origin.STORED);
            byKey.putIfAbsent(e.key, e);
            byRef.put(p.id().toUpperCase(Locale.ROOT), e);
        }
    }

    /** The entry a choice text names, or null. */
    public Entry find(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Entry cached = resolved.get(text);
        if (cached != null) {
            return cached;
        }
        Entry e = lookup(text);
        if (e != null && resolved.size() < 50_000) {
            resolved.put(text, e);
        }
        return e;
    }

    private Entry lookup(String text) {
        Matcher ref = REF.matcher(text);
        if (ref.matches()) {
            Entry e = byRef.get(ref.group(1).toUpperCase(Locale.ROOT));
            if (e != null) {
                return e;
            }
        }
        String key = Texts.key(text);
        Entry e = byKey.get(key);
        if (e != null) {
            return e;
        }
        String unnumbered = Texts.key(NUMBERING.matcher(text).replaceFirst(""));
        e = byKey.get(unnumbered);
        if (e != null) {
            return e;
        }
        if (ref.matches() && ref.group(2) != null) {
            e = byKey.get(Texts.key(ref.group(2)));
            if (e != null) {
                return e;
            }
        }
        return fuzzy(unnumbered);
    }

    private Entry fuzzy(String key) {
        if (key.length() < 4 || key.length() > FUZZY_MAX_LENGTH || byKey.size() > FUZZY_MAX_ENTRIES) {
            return null;
        }
        Entry best = null;
        double bestScore = 0;
        String compact = key.replace(" ", "");
        for (Entry e : byKey.values()) {
            if (e.key.length() > FUZZY_MAX_LENGTH || Math.abs(e.key.length() - key.length()) > key.length() / 4 + 1) {
                continue;
            }
            if (e.key.replace(" ", "").equals(compact)) {
                return e;
            }
            double s = Texts.similarity(key, e.key);
            if (s >= FUZZY && s > bestScore && sameMarkers(key, e.key)) {
                best = e;
                bestScore = s;
            }
        }
        return best;
    }

    /**
     * "Projet A" and "Projet B" are one letter apart but two projects: titles only count as typos of
     * each other when their numbers and one- or two-letter words are the same.
     */
    private static boolean sameMarkers(String a, String b) {
        return markers(a).equals(markers(b));
    }

    private static List<String> markers(String key) {
        List<String> out = new ArrayList<>();
        for (String w : key.split(" ")) {
            if (w.length() <= 2 && !List.of("de", "la", "le", "du", "l", "d", "et", "a", "en", "au").contains(w)
                    || w.chars().allMatch(Character::isDigit)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Adds a title from a proposals sheet or from a choice; returns its entry (an existing one if known). */
    public Entry add(String title, Origin origin) {
        String key = Texts.key(title);
        Entry e = byKey.get(key);
        if (e == null) {
            e = new Entry(key, title.strip(), null, origin);
            byKey.put(key, e);
        }
        return e;
    }

    public Entry byKey(String key) {
        return byKey.get(key);
    }

    /** Entries first seen in choices: the import creates them as proposals. */
    public List<Entry> createdFromChoices() {
        return byKey.values().stream().filter(e -> e.origin == Origin.CHOICE).toList();
    }
}
