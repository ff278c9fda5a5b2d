package fr.equipage.ui.board;

import java.text.Normalizer;

/** File names a person recognises and any system accepts: "equipes-journee-de-lancement-14-fevrier-2023". */
public final class FileNames {
    private FileNames() {
    }

    public static String forWorkshop(String workshop, String stem) {
        String slug = Normalizer.normalize(workshop == null ? "" : workshop, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? stem : stem + "-" + slug;
    }
}
