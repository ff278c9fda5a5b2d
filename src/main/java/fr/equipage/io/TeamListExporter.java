package fr.equipage.io;

import fr.equipage.files.AtomicFile;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes team lists for the organiser to send around: CSV (one row per member, then the people
 * without a team) or XLSX (a summary sheet and one sheet per team). Used by the CLI and the teams board.
 */
public final class TeamListExporter {
    public static final List<String> HEADERS = List.of("Équipe", "Nom", "Prénom", "Courriel", "Ministère", "Rôle",
            "Rang du choix obtenu");

    private TeamListExporter() {
    }

    public static void writeCsv(TeamList list, Path file, CsvOptions options) throws IOException {
        AtomicFile.write(file, tmp -> writeCsvTo(list, tmp, options));
    }

    private static void writeCsvTo(TeamList list, Path file, CsvOptions options) throws IOException {
        try (CsvWriter w = CsvCells.open(file, options)) {
            CsvCells.row(w, HEADERS);
            for (TeamList.TeamRows t : list.teams()) {
                for (TeamList.Member m : t.members()) {
                    CsvCells.row(w, row(t.title(), m));
                }
            }
            for (TeamList.Member m : list.unassigned()) {
                CsvCells.row(w, row(TeamList.NO_TEAM, m));
            }
        }
    }

    private static List<String> row(String team, TeamList.Member m) {
        return List.of(team, m.lastName(), m.firstName(), m.email(), m.ministry(), m.role(), m.rank());
    }

    public static void writeXlsx(TeamList list, Path file) throws IOException {
        AtomicFile.write(file, tmp -> writeXlsxTo(list, tmp));
    }

    private static void writeXlsxTo(TeamList list, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "Equipage", "1.0")) {
            Worksheet summary = wb.newWorksheet("Synthèse");
            List<String> head = List.of("Équipe", "Effectif", "Ministères", "Porteurs", "Premiers choix");
            header(summary, head);
            int r = 1;
            for (TeamList.TeamRows t : list.teams()) {
                Set<String> ministries = new LinkedHashSet<>();
                List<String> proposers = new ArrayList<>();
                int firsts = 0;
                for (TeamList.Member m : t.members()) {
                    if (!m.ministry().isEmpty()) {
                        ministries.add(m.ministry().split(" — ")[0]);
                    }
                    if (TeamList.PROPOSER.equals(m.role())) {
                        proposers.add((m.firstName() + " " + m.lastName()).strip());
                    }
                    firsts += "1".equals(m.rank()) ? 1 : 0;
                }
                summary.value(r, 0, t.title());
                summary.value(r, 1, t.members().size());
                summary.value(r, 2, String.join(", ", ministries));
                summary.value(r, 3, String.join(", ", proposers));
                summary.value(r, 4, firsts);
                r++;
            }
            summary.value(r + 1, 0, TeamList.NO_TEAM);
            summary.value(r + 1, 1, list.unassigned().size());
            widths(summary, 40, 10, 40, 40, 14);
            Set<String> names = new HashSet<>(Set.of("synthèse"));
            for (TeamList.TeamRows t : list.teams()) {
                members(wb.newWorksheet(sheetName(t.title(), names)), t.members());
            }
            if (!list.unassigned().isEmpty()) {
                members(wb.newWorksheet(sheetName("Sans équipe", names)), list.unassigned());
            }
        }
    }

    private static void members(Worksheet ws, List<TeamList.Member> members) {
        header(ws, HEADERS.subList(1, HEADERS.size()));
        int r = 1;
        for (TeamList.Member m : members) {
            List<String> cells = List.of(m.lastName(), m.firstName(), m.email(), m.ministry(), m.role(), m.rank());
            for (int c = 0; c < cells.size(); c++) {
                ws.value(r, c, cells.get(c));
            }
            r++;
        }
        widths(ws, 20, 18, 34, 40, 10, 12);
    }

    static void header(Worksheet ws, List<String> titles) {
        for (int c = 0; c < titles.size(); c++) {
            ws.value(0, c, titles.get(c));
        }
        ws.range(0, 0, 0, titles.size() - 1).style().bold().set();
        ws.freezePane(0, 1);
    }

    private static void widths(Worksheet ws, double... widths) {
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\, unique ignoring case. */
    static String sheetName(String title, Set<String> taken) {
        String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.isEmpty()) {
            base = "Équipe";
        }
        base = base.length() > 31 ? base.substring(0, 31).strip() : base;
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = (base.length() + suffix.length() > 31 ? base.substring(0, 31 - suffix.length()) : base) + suffix;
        }
        return name;
    }
}
