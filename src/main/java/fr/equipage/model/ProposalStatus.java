package fr.equipage.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a proposal stands in the season: pitched at the launch day, retained (a team was formed),
 * scoped (the scoping workshop was held), launched, or abandoned along the way.
 */
public enum ProposalStatus {
    PROPOSED, RETAINED, SCOPED, LAUNCHED, ABANDONED;

    /**
     * True once the organiser has moved the proposal past "retained": optimising no longer touches
     * it, since the scoping workshop, not the plan, decided its fate.
     */
    public boolean decidedByOrganiser() {
        return this == SCOPED || this == LAUNCHED || this == ABANDONED;
    }

    /** Retained, scoped or launched: a project the season's published list shows. */
    public boolean going() {
        return this == RETAINED || this == SCOPED || this == LAUNCHED;
    }

    /**
     * The status a file or a newer data folder names, in English or French, any case, with or
     * without accents; "rejected" (the name before the season follow-up) is "abandoned". Empty
     * when the word names no status.
     */
    public static Optional<ProposalStatus> parse(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = Normalizer.normalize(word.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        return Optional.ofNullable(switch (w) {
            case "proposed", "proposee" -> PROPOSED;
            case "retained", "retenue" -> RETAINED;
            case "scoped", "cadree" -> SCOPED;
            case "launched", "lancee" -> LAUNCHED;
            case "abandoned", "abandonnee", "rejected", "ecartee" -> ABANDONED;
            default -> null;
        });
    }
}
