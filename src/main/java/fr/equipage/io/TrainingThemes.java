package fr.equipage.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workshop's catalogue of training themes and how the themes a person lists in a form are matched
 * to it: in any case, with or without accents or punctuation ("eco-responsabilite" is
 * "Éco-responsabilité"). A spelling that matches no theme becomes a new theme, said as a warning.
 */
public final class TrainingThemes {
    /** The six themes the 2023 launch day asked about (reference list formations-2023.csv). */
    public static final List<String> DEFAULTS = List.of("IA de confiance", "NLP", "Dataviz", "Éco-responsabilité",
            "Aspects juridiques de la data", "Savoir communiquer son projet data à des non-experts");

    private final Map<String, String> byKey = new LinkedHashMap<>();
    private final List<String> added = new ArrayList<>();

    /** The catalogue to match against; the defaults when the workshop has none yet. */
    public TrainingThemes(List<String> catalogue) {
        (catalogue == null || catalogue.isEmpty() ? DEFAULTS : catalogue).forEach(t -> byKey.putIfAbsent(Texts.key(t), t));
    }

    /**
     * The catalogue's names for the themes listed (duplicates once, in the order given); unknown
     * spellings are added to the catalogue as typed and remembered in {@link #added}.
     */
    public List<String> resolve(List<String> listed) {
        List<String> out = new ArrayList<>();
        for (String raw : listed) {
            String t = Texts.collapseSpaces(raw);
            String key = Texts.key(t);
            if (key.isEmpty()) {
                continue;
            }
            String theme = byKey.get(key);
            if (theme == null) {
                theme = t;
                byKey.put(key, t);
                added.add(t);
            }
            if (!out.contains(theme)) {
                out.add(theme);
            }
        }
        return out;
    }

    /**
     * From now on, {@code spelling} (in any case, with or without accents) means {@code theme}: the
     * organiser's choice in the import preview. A theme not in the catalogue yet is added to it.
     */
    public void alias(String spelling, String theme) {
        String t = Texts.collapseSpaces(theme);
        String themeKey = Texts.key(t);
        if (themeKey.isEmpty()) {
            return;
        }
        if (!byKey.containsKey(themeKey)) {
            byKey.put(themeKey, t);
            added.add(t);
        }
        byKey.put(Texts.key(spelling), byKey.get(themeKey));
    }

    /**
     * The catalogue theme closest to a spelling it does not know ("IA de confiance" for "ia confiance"),
     * or null when none is close: a suggestion for the import preview, never applied on its own.
     */
    public String closest(String spelling) {
        String key = Texts.key(spelling);
        String best = null;
        double bestScore = 0.5;
        for (Map.Entry<String, String> e : byKey.entrySet()) {
            if (added.contains(e.getValue())) {
                continue;
            }
            double score = Texts.similarity(key, e.getKey());
            if (key.length() >= 3 && (e.getKey().contains(key) || key.contains(e.getKey()))) {
                score = Math.max(score, 0.8);
            }
            if (score > bestScore) {
                bestScore = score;
                best = e.getValue();
            }
        }
        return best;
    }

    /** The whole catalogue, new themes last. */
    public List<String> all() {
        return List.copyOf(new java.util.LinkedHashSet<>(byKey.values()));
    }

    /** Themes created by {@link #resolve} because no theme had their spelling. */
    public List<String> added() {
        return List.copyOf(added);
    }
}
