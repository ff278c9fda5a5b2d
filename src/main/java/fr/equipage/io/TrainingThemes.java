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

    /** The whole catalogue, new themes last. */
    public List<String> all() {
        return List.copyOf(byKey.values());
    }

    /** Themes created by {@link #resolve} because no theme had their spelling. */
    public List<String> added() {
        return List.copyOf(added);
    }
}
