package fr.equipage.ui.controls;

import java.text.Normalizer;
import java.util.Locale;

/** Forgiving text matching for filter boxes and suggestions: case and accents are ignored. */
public final class Search {
    private Search() {
    }

    /** "Éducation" → "education": organisers type fast and without accents. */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    /** True when every word of the query occurs somewhere in the haystack. */
    public static boolean matches(String query, String... haystack) {
        String q = normalise(query);
        if (q.isEmpty()) {
            return true;
        }
        StringBuilder all = new StringBuilder();
        for (String h : haystack) {
            all.append(normalise(h)).append(' ');
        }
        String text = all.toString();
        for (String word : q.split("\\s+")) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
