package fr.equipage.io;

import fr.equipage.files.AtomicFile;
import de.siegmar.fastcsv.writer.CsvWriter;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The participants list as CSV, with choices as project titles in ranked columns: what an
 * organiser sends around, and a file the importer reads back unchanged.
 */
public final class ParticipantListExporter {
    private ParticipantListExporter() {
    }

    public static void writeCsv(List<Participant> participants, List<Proposal> proposals, List<Ministry> ministries,
                                Path file, CsvOptions options) throws IOException {
        AtomicFile.write(file, tmp -> writeCsvTo(participants, proposals, ministries, tmp, options));
    }

    private static void writeCsvTo(List<Participant> participants, List<Proposal> proposals, List<Ministry> ministries,
                                   Path file, CsvOptions options) throws IOException {
        Map<String, String> titles = new HashMap<>();
        proposals.forEach(p -> titles.put(p.id(), p.title()));
        Map<String, Ministry> ministryOf = new HashMap<>();
        ministries.forEach(m -> ministryOf.put(m.code(), m));
        int ranks = participants.stream().mapToInt(p -> p.choices().size()).max().orElse(0);
        List<String> headers = new ArrayList<>(List.of("Nom", "Prénom", "Courriel", "Ministère", "Compétences",
                "Centres d'intérêt", "Savoir-faire à partager", "Ce que je veux apprendre"));
        for (int r = 1; r <= ranks; r++) {
            headers.add("Choix " + r);
        }
        try (CsvWriter w = CsvCells.open(file, options)) {
            CsvCells.row(w, headers);
            for (Participant p : participants) {
                List<String> row = new ArrayList<>(List.of(p.lastName(), p.firstName(), p.email() == null ? "" : p.email(),
                        TeamList.ministryLabel(p.ministry(), ministryOf), String.join(", ", p.skills()),
                        String.join(", ", p.interests()), String.join(", ", p.offers()), String.join(", ", p.seeks())));
                for (int r = 0; r < ranks; r++) {
                    row.add(r < p.choices().size() ? titles.getOrDefault(p.choices().get(r), p.choices().get(r)) : "");
                }
                CsvCells.row(w, row);
            }
        }
    }
}
