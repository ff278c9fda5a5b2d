package fr.equipage.io;

import java.util.List;

/** What an import wrote. */
public record ImportResult(int participantsAdded, int participantsUpdated, int participantsUnchanged,
                           int proposalsAdded, int proposalsUpdated, int proposalsUnchanged,
                           List<String> ministriesCreated, int rowsSkipped, List<String> themesCreated,
                           int speakerIdeasAdded) {
    public ImportResult {
        ministriesCreated = List.copyOf(ministriesCreated);
        themesCreated = List.copyOf(themesCreated == null ? List.of() : themesCreated);
    }

    public ImportResult(int participantsAdded, int participantsUpdated, int participantsUnchanged, int proposalsAdded,
                        int proposalsUpdated, int proposalsUnchanged, List<String> ministriesCreated, int rowsSkipped) {
        this(participantsAdded, participantsUpdated, participantsUnchanged, proposalsAdded, proposalsUpdated,
                proposalsUnchanged, ministriesCreated, rowsSkipped, List.of(), 0);
    }

    public ImportResult(int participantsAdded, int participantsUpdated, int participantsUnchanged, int proposalsAdded,
                        int proposalsUpdated, int proposalsUnchanged, List<String> ministriesCreated, int rowsSkipped,
                        List<String> themesCreated) {
        this(participantsAdded, participantsUpdated, participantsUnchanged, proposalsAdded, proposalsUpdated,
                proposalsUnchanged, ministriesCreated, rowsSkipped, themesCreated, 0);
    }

    /** "Participants : 12 ajoutés, 3 mis à jour, 40 inchangés. Propositions : …", in French. */
    public String summary() {
        return summary(ImportTexts.FRENCH);
    }

    public String summary(java.util.Locale locale) {
        StringBuilder sb = new StringBuilder(ImportTexts.text(locale, "result.summary", participantsAdded,
                participantsUpdated, participantsUnchanged, proposalsAdded, proposalsUpdated, proposalsUnchanged));
        if (!ministriesCreated.isEmpty()) {
            sb.append(' ').append(ImportTexts.text(locale, "result.ministries", String.join(", ", ministriesCreated)));
        }
        if (!themesCreated.isEmpty()) {
            sb.append(' ').append(ImportTexts.text(locale, "result.themes", String.join(", ", themesCreated)));
        }
        if (speakerIdeasAdded > 0) {
            sb.append(' ').append(ImportTexts.text(locale, "result.speakers", speakerIdeasAdded));
        }
        if (rowsSkipped > 0) {
            sb.append(' ').append(ImportTexts.text(locale, "result.skipped", rowsSkipped));
        }
        return sb.toString();
    }
}
