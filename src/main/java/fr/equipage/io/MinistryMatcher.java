package fr.equipage.io;

import fr.equipage.model.Ministry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Matches the free text people type for their ministry ("Intérieur", "MI", "Ministère de l'intérieur",
 * "Insee", "DGFiP (Bercy)") to a ministry code. Knows the reference list shipped in the jar (so that
 * a ministry not yet in the database is still recognised) with its aliases, plus the ministries of
 * the database (including ones an earlier import created from unknown text, so a re-import finds them).
 */
public final class MinistryMatcher {
    static final String REFERENCE = "/reference/ministeres-2023.csv";
    static final String ALIASES = "/reference/ministeres-alias.csv";
    private static final double FUZZY = 0.88;

    /** All known ministries by code: the database's ones win over the reference's. */
    private final Map<String, Ministry> byCode = new LinkedHashMap<>();
    /** Normalised text (name, code, alias, name without "ministère de") → code. */
    private final Map<String, String> byKey = new HashMap<>();

    public MinistryMatcher(Collection<Ministry> stored) {
        List<Ministry> reference = reference();
        for (Ministry m : reference) {
            byCode.put(m.code(), m);
        }
        for (Ministry m : stored) {
            byCode.put(m.code(), m);
        }
        // Names first, then aliases, then codes: a code typed by someone is the most certain.
        for (Ministry m : byCode.values()) {
            put(m.name(), m.code());
            put(withoutMinistere(Texts.key(m.name())), m.code());
        }
        for (String[] alias : aliases()) {
            if (byCode.containsKey(alias[1])) {
                put(alias[0], alias[1]);
            }
        }
        for (Ministry m : byCode.values()) {
            byKey.put(Texts.compactKey(m.code()), m.code());
        }
    }

    private void put(String text, String code) {
        String k = Texts.key(text);
        if (!k.isEmpty()) {
            byKey.put(k, code);
            byKey.putIfAbsent(k.replace(" ", ""), code);
        }
    }

    /** The ministries of the reference list shipped with the application. */
    public static List<Ministry> reference() {
        List<Ministry> out = new ArrayList<>();
        for (String[] row : readResource(REFERENCE)) {
            if (row.length >= 2 && !row[0].equals("code")) {
                out.add(new Ministry(row[0], row[1], row.length > 2 ? row[2] : null));
            }
        }
        return out;
    }

    private static List<String[]> aliases() {
        List<String[]> out = new ArrayList<>();
        for (String[] row : readResource(ALIASES)) {
            if (row.length == 2 && !row[0].equals("alias")) {
                out.add(row);
            }
        }
        return out;
    }

    private static List<String[]> readResource(String name) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = MinistryMatcher.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Ressource manquante : " + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split(";", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** On a normalised key: "ministere de l interieur et des outre mer" → "interieur et des outre mer". */
    static String withoutMinistere(String key) {
        return key.replaceFirst("^ministere (de la |de l |des |du |de |d )", "");
    }

    public Optional<Ministry> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** Every known ministry, database and reference list together. */
    public Collection<Ministry> all() {
        return byCode.values();
    }

    /** The code the text names, or empty when nothing matches well enough. */
    public Optional<String> match(String text) {
        String key = Texts.key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        String direct = direct(key);
        if (direct != null) {
            return Optional.of(direct);
        }
        // "Insee (Bercy)", "DGFiP - Bureau SI-2", "Intérieur / DNUM": the most specific part that matches.
        String[] parts = text.split("[()\\[\\]/,;:|–—]|\\s-\\s");
        String best = null;
        if (parts.length > 1) {
            for (String part : parts) {
                String code = direct(Texts.key(part));
                if (code != null && (best == null || depth(code) > depth(best))) {
                    best = code;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return fuzzy(key);
    }

    private String direct(String key) {
        if (key.isEmpty()) {
            return null;
        }
        String code = byKey.get(key);
        if (code == null) {
            code = byKey.get(key.replace(" ", ""));
        }
        if (code == null) {
            code = byKey.get(withoutMinistere(key));
        }
        return code;
    }

    /** Small typos in a long name ("Ministere de l'Interieure"), or a long known name inside the text. */
    private Optional<String> fuzzy(String key) {
        if (key.length() < 8) {
            return Optional.empty();
        }
        String best = null;
        double bestScore = 0;
        String contained = null;
        int containedLength = 0;
        for (Map.Entry<String, String> e : byKey.entrySet()) {
            String k = e.getKey();
            if (k.length() >= 8 && Math.abs(k.length() - key.length()) <= key.length() / 5) {
                double s = Texts.similarity(key, k);
                if (s > bestScore) {
                    bestScore = s;
                    best = e.getValue();
                }
            }
        }
        // An official name inside a longer text ("Direction générale des Finances publiques bureau SI-2");
        // aliases are too short and general for this ("cohésion des territoires" is in ANCT's name).
        for (Ministry m : byCode.values()) {
            String k = Texts.key(m.name());
            if (k.length() >= 15 && key.contains(k) && k.length() > containedLength) {
                contained = m.code();
                containedLength = k.length();
            }
        }
        if (best != null && bestScore >= FUZZY) {
            return Optional.of(best);
        }
        return Optional.ofNullable(contained);
    }

    /** How deep a ministry is in its parent chain: an administration is more specific than its ministry. */
    private int depth(String code) {
        int d = 0;
        Ministry m = byCode.get(code);
        while (m != null && m.parent() != null && d < 10) {
            d++;
            m = byCode.get(m.parent());
        }
        return d;
    }

    /**
     * A code for a ministry created from unknown text: the initials of its significant words
     * ("Agence nationale de la cohésion des territoires" → "ANCT"), numbered if taken.
     */
    public String newCode(String text, Collection<String> taken) {
        StringBuilder sb = new StringBuilder();
        String[] words = Texts.key(text).split(" ");
        if (words.length == 1) {
            sb.append(words[0].toUpperCase(Locale.ROOT), 0, Math.min(words[0].length(), 12));
        } else {
            for (String w : words) {
                if (!w.isEmpty() && !List.of("de", "la", "le", "les", "du", "des", "d", "l", "et", "a", "au", "aux", "en",
                        "pour", "sur", "of", "the", "and").contains(w)) {
                    sb.append(Character.toUpperCase(w.charAt(0)));
                }
            }
        }
        String base = sb.length() == 0 ? "MIN" : sb.substring(0, Math.min(sb.length(), 16));
        String code = base;
        for (int i = 2; byCode.containsKey(code) || taken.contains(code); i++) {
            code = base + "-" + i;
        }
        return code;
    }
}
