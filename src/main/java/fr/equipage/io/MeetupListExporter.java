package fr.equipage.io;

import fr.equipage.files.AtomicFile;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the meet-up rounds for the organiser: the lists (CSV, one row per person and round; XLSX, one
 * sheet per round) and the mail merge (one row per person and round, with whom they meet and what they
 * share). Same conventions as the team lists: French Excel CSV, cells a spreadsheet would run as a
 * formula neutralised, files written whole or not at all.
 */
public final class MeetupListExporter {
    /** The outputs, as the command line names them: lists (CSV, XLSX), printable cards (HTML), mail merge (CSV). */
    public enum Format {
        CSV, XLSX, HTML, MAILING
    }

    public static final List<String> HEADERS = List.of("Tour", "Groupe", "Nom", "Prénom", "Courriel", "Ministère",
            "Sujets communs");
    public static final List<String> MAILING_HEADERS = List.of("Prénom", "Nom", "Courriel", "Tour", "Date", "Groupe",
            "Avec", "Sujets communs");
    private static final DateTimeFormatter FRENCH_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MeetupListExporter() {
    }

    public static void writeCsv(MeetupLists lists, Path file, CsvOptions options) throws IOException {
        AtomicFile.write(file, tmp -> {
            try (CsvWriter w = CsvCells.open(tmp, options)) {
                CsvCells.row(w, HEADERS);
                for (MeetupLists.RoundRows r : lists.rounds()) {
                    for (MeetupLists.Group g : r.groups()) {
                        for (MeetupLists.Member m : g.members()) {
                            CsvCells.row(w, List.of(Integer.toString(r.number()), Integer.toString(g.number()), m.lastName(),
                                    m.firstName(), m.email(), m.ministry(), String.join(", ", m.topics())));
                        }
                    }
                }
            }
        });
    }

    /** One row per person and round: the columns a mail-merge letter uses (« Bonjour «Prénom», au tour… »). */
    public static void writeMailing(MeetupLists lists, Path file, CsvOptions options) throws IOException {
        AtomicFile.write(file, tmp -> {
            try (CsvWriter w = CsvCells.open(tmp, options)) {
                CsvCells.row(w, MAILING_HEADERS);
                for (MeetupLists.RoundRows r : lists.rounds()) {
                    String date = r.date() == null ? "" : FRENCH_DATE.format(r.date());
                    for (MeetupLists.Group g : r.groups()) {
                        for (MeetupLists.Member m : g.members()) {
                            List<String> others = g.members().stream().filter(o -> o != m).map(MeetupLists.Member::name).toList();
                            CsvCells.row(w, List.of(m.firstName(), m.lastName(), m.email(), Integer.toString(r.number()), date,
                                    Integer.toString(g.number()), MeetupTopics.names(others), String.join(", ", m.topics())));
                        }
                    }
                }
            }
        });
    }

    /** One sheet per round (« Tour 1 », « Tour 2 »…), one row per person, grouped by table. */
    public static void writeXlsx(MeetupLists lists, Path file) throws IOException {
        AtomicFile.write(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp); Workbook wb = new Workbook(out, "Equipage", "1.0")) {
                Set<String> names = new HashSet<>();
                if (lists.rounds().isEmpty()) {
                    TeamListExporter.header(wb.newWorksheet("Tours"), HEADERS);
                }
                for (MeetupLists.RoundRows r : lists.rounds()) {
                    String title = "Tour " + r.number() + (r.date() == null ? "" : " - " + FRENCH_DATE.format(r.date())
                            .replace('/', '-'));
                    Worksheet ws = wb.newWorksheet(TeamListExporter.sheetName(title, names));
                    TeamListExporter.header(ws, HEADERS.subList(1, HEADERS.size()));
                    int row = 1;
                    for (MeetupLists.Group g : r.groups()) {
                        for (MeetupLists.Member m : g.members()) {
                            List<String> cells = List.of(m.lastName(), m.firstName(), m.email(), m.ministry(),
                                    String.join(", ", m.topics()));
                            ws.value(row, 0, g.number());
                            for (int c = 0; c < cells.size(); c++) {
                                ws.value(row, c + 1, cells.get(c));
                            }
                            row++;
                        }
                    }
                    double[] widths = {9, 20, 18, 34, 40, 50};
                    for (int c = 0; c < widths.length; c++) {
                        ws.width(c, widths[c]);
                    }
                }
            }
        });
    }
}
