package fr.equipage.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import fr.equipage.files.AtomicFile;
import fr.equipage.model.Participant;
import fr.equipage.model.SpeakerIdea;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the speaker ideas, one row each, grouped by theme (ideas without a theme last), with who
 * suggested them: CSV with the team lists' conventions, or XLSX. Written whole or not at all.
 */
public final class SpeakerIdeaExporter {
    public static final List<String> HEADERS = List.of("Thème", "Intervenant", "Organisation", "Suggéré par", "Note");

    private SpeakerIdeaExporter() {
    }

    public static void writeCsv(List<SpeakerIdea> ideas, List<String> themes, List<Participant> people, Path file,
                                CsvOptions options) throws IOException {
        List<List<String>> rows = rows(ideas, themes, people);
        AtomicFile.write(file, tmp -> {
            try (CsvWriter w = CsvCells.open(tmp, options)) {
                CsvCells.row(w, HEADERS);
                rows.forEach(r -> CsvCells.row(w, r));
            }
        });
    }

    public static void writeXlsx(List<SpeakerIdea> ideas, List<String> themes, List<Participant> people, Path file)
            throws IOException {
        List<List<String>> rows = rows(ideas, themes, people);
        AtomicFile.write(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp); Workbook wb = new Workbook(out, "Equipage", "1.0")) {
                Worksheet ws = wb.newWorksheet("Intervenants");
                TeamListExporter.header(ws, HEADERS);
                for (int r = 0; r < rows.size(); r++) {
                    for (int c = 0; c < HEADERS.size(); c++) {
                        ws.value(r + 1, c, rows.get(r).get(c));
                    }
                }
                double[] widths = {40, 28, 28, 24, 60};
                for (int c = 0; c < widths.length; c++) {
                    ws.width(c, widths[c]);
                }
            }
        });
    }

    /** Catalogue order, then other themes as met, then ideas without a theme. */
    static List<List<String>> rows(List<SpeakerIdea> ideas, List<String> themes, List<Participant> people) {
        Map<String, String> names = new HashMap<>();
        people.forEach(p -> names.put(p.id(), p.name()));
        List<SpeakerIdea> sorted = ideas.stream().sorted(java.util.Comparator.comparingInt((SpeakerIdea i) -> {
            int at = themes.indexOf(i.theme());
            return i.theme().isEmpty() ? Integer.MAX_VALUE : at < 0 ? themes.size() : at;
        })).toList();
        return sorted.stream().map(i -> List.of(i.theme(), i.speaker(), i.organisation(),
                i.suggestedBy() == null ? "" : names.getOrDefault(i.suggestedBy(), ""), i.note())).toList();
    }
}
