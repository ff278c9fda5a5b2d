package fr.equipage.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import fr.equipage.files.AtomicFile;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.TrainingSession;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the invite lists of the season's training sessions with the team lists' conventions: CSV
 * (French Excel: UTF-8 with BOM, ";"), one row per invited person, or XLSX, a summary sheet then one
 * sheet per session. Written whole or not at all.
 */
public final class InviteListExporter {
    public static final List<String> HEADERS = List.of("Session", "Thème", "Date", "Nom", "Prénom", "Courriel", "Ministère");
    private static final DateTimeFormatter FRENCH_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private InviteListExporter() {
    }

    /** One session and the people invited to it, in the fair order. */
    public record SessionInvites(TrainingSession session, List<Participant> invited, int asked) {
        public SessionInvites {
            invited = List.copyOf(invited);
        }
    }

    public static void writeCsv(List<SessionInvites> sessions, List<Ministry> ministries, Path file, CsvOptions options)
            throws IOException {
        Map<String, Ministry> byCode = byCode(ministries);
        AtomicFile.write(file, tmp -> {
            try (CsvWriter w = CsvCells.open(tmp, options)) {
                CsvCells.row(w, HEADERS);
                for (SessionInvites s : sessions) {
                    for (Participant p : s.invited()) {
                        List<String> cells = new ArrayList<>(List.of(Integer.toString(s.session().id()), s.session().theme(),
                                day(s.session())));
                        cells.addAll(person(p, byCode));
                        CsvCells.row(w, cells);
                    }
                }
            }
        });
    }

    public static void writeXlsx(List<SessionInvites> sessions, List<Ministry> ministries, Path file) throws IOException {
        Map<String, Ministry> byCode = byCode(ministries);
        AtomicFile.write(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp); Workbook wb = new Workbook(out, "Equipage", "1.0")) {
                Worksheet summary = wb.newWorksheet("Sessions");
                TeamListExporter.header(summary, List.of("Session", "Thème", "Date", "Intervenant", "Lieu", "Places",
                        "Demandes", "Invités"));
                int r = 1;
                for (SessionInvites s : sessions) {
                    TrainingSession t = s.session();
                    summary.value(r, 0, t.id());
                    summary.value(r, 1, t.theme());
                    summary.value(r, 2, day(t));
                    summary.value(r, 3, t.speaker());
                    summary.value(r, 4, where(t));
                    summary.value(r, 5, t.capacity());
                    summary.value(r, 6, s.asked());
                    summary.value(r, 7, s.invited().size());
                    r++;
                }
                widths(summary, 9, 40, 12, 28, 28, 8, 10, 9);
                Set<String> names = new HashSet<>(Set.of("sessions"));
                for (SessionInvites s : sessions) {
                    Worksheet ws = wb.newWorksheet(TeamListExporter.sheetName(
                            "Session " + s.session().id() + " " + s.session().theme(), names));
                    TeamListExporter.header(ws, HEADERS.subList(3, HEADERS.size()));
                    int row = 1;
                    for (Participant p : s.invited()) {
                        List<String> cells = person(p, byCode);
                        for (int c = 0; c < cells.size(); c++) {
                            ws.value(row, c, cells.get(c));
                        }
                        row++;
                    }
                    widths(ws, 20, 18, 34, 40);
                }
            }
        });
    }

    /** "En ligne", the place, or both when a session is in a room and streamed. */
    public static String where(TrainingSession s) {
        if (s.online()) {
            return s.place().isEmpty() ? "En ligne" : s.place() + " et en ligne";
        }
        return s.place();
    }

    private static String day(TrainingSession s) {
        return s.date() == null ? "" : FRENCH_DAY.format(s.date());
    }

    private static List<String> person(Participant p, Map<String, Ministry> byCode) {
        return List.of(p.lastName(), p.firstName(), p.email() == null ? "" : p.email(),
                TeamList.ministryLabel(p.ministry(), byCode));
    }

    private static Map<String, Ministry> byCode(List<Ministry> ministries) {
        Map<String, Ministry> out = new HashMap<>();
        ministries.forEach(m -> out.put(m.code(), m));
        return out;
    }

    private static void widths(Worksheet ws, double... widths) {
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
    }
}
