package fr.equipage.io;

import java.util.List;

/** What an import wrote. */
public record ImportResult(int participantsAdded, int participantsUpdated, int participantsUnchanged,
                           int proposalsAdded, int proposalsUpdated, int proposalsUnchanged,
                           List<String> ministriesCreated, int rowsSkipped) {
    public ImportResult {
        ministriesCreated = List.copyOf(ministriesCreated);
    }

    /** "Participants : 12 ajoutés, 3 mis à jour, 40 inchangés. Propositions : …" */
    public String summary() {
        StringBuilder sb = new StringBuilder(String.format("Participants : %d ajouté(s), %d mis à jour, %d inchangé(s). "
                        + "Propositions : %d ajoutée(s), %d mise(s) à jour, %d inchangée(s).", participantsAdded,
                participantsUpdated, participantsUnchanged, proposalsAdded, proposalsUpdated, proposalsUnchanged));
        if (!ministriesCreated.isEmpty()) {
            sb.append(" Ministères créés : ").append(String.join(", ", ministriesCreated)).append('.');
        }
        if (rowsSkipped > 0) {
            sb.append(' ').append(rowsSkipped).append(" ligne(s) en erreur non importée(s).");
        }
        return sb.toString();
    }
}
