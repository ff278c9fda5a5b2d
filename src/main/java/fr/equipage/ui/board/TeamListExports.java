package fr.equipage.ui.board;

import fr.equipage.model.Instance;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.Team;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The team lists as files: one row per member (team, last name, first name, e-mail, ministry code
 * and name, role, rank of the choice obtained), then the people without a team. The CSV opens
 * right in French Excel (UTF-8 with BOM, ';', CRLF) and neutralises cells a spreadsheet would run
 * as a formula; the XLSX has a summary sheet and one sheet per team.
 *
 * <p>Kept small on purpose: the import/export work (issue 4) provides the shared exporters; the
 * board switches to them once they are merged.
 */
final class TeamListExports {
    static final List<String> HEADER = List.of("Équipe", "Nom", "Prénom", "Courriel", "Ministère", "Nom du ministère",
            "Rôle", "Rang du choix obtenu");
    static final String UNASSIGNED = "Sans équipe";

    private TeamListExports() {
    }

    static void write(TeamListFormat format, Instance instance, Plan plan, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        // Written aside then moved, so that a failure never leaves half a file under the chosen name.
        switch (format) {
            case CSV -> writeCsv(instance, plan, tmp);
            case XLSX -> writeXlsx(instance, plan, tmp);
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** The rows of every team in plan order, then the unassigned. */
    static List<List<String>> rows(Instance instance, Plan plan) {
        Map<String, Participant> people = instance.participants().stream()
                .collect(Collectors.toMap(Participant::id, Function.identity()));
        Map<String, Proposal> proposals = instance.proposals().stream()
                .collect(Collectors.toMap(Proposal::id, Function.identity()));
        Map<String, String> ministryNames = instance.ministries().stream()
                .collect(Collectors.toMap(Ministry::code, Ministry::name, (a, b) -> a));
        List<List<String>> rows = new ArrayList<>();
        for (Team team : plan.teams()) {
            Proposal proposal = proposals.get(team.proposal());
            String title = proposal == null ? team.proposal() : proposal.title();
            Set<String> proposers = proposal == null ? Set.of() : new HashSet<>(proposal.proposers());
            for (String id : team.members()) {
                Participant p = people.get(id);
                if (p != null) {
                    int rank = p.rankOf(team.proposal());
                    rows.add(row(title, p, ministryNames, proposers.contains(id) ? "porteur" : "membre",
                            rank < 0 ? "" : String.valueOf(rank + 1)));
                }
            }
        }
        for (String id : plan.unassigned()) {
            Participant p = people.get(id);
            if (p != null) {
                rows.add(row(UNASSIGNED, p, ministryNames, "", ""));
            }
        }
        return rows;
    }

    private static List<String> row(String team, Participant p, Map<String, String> ministryNames, String role,
                                    String rank) {
        String ministry = p.ministry() == null ? "" : p.ministry();
        return List.of(team, p.lastName(), p.firstName(), p.email() == null ? "" : p.email(), ministry,
                ministryNames.getOrDefault(ministry, ""), role, rank);
    }

    private static void writeCsv(Instance instance, Plan plan, Path file) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write('\uFEFF');
            line(out, HEADER);
            for (List<String> row : rows(instance, plan)) {
                line(out, row);
            }
        }
    }

    private static void line(Writer out, List<String> cells) throws IOException {
        out.write(cells.stream().map(TeamListExports::csvCell).collect(Collectors.joining(";")));
        out.write("\r\n");
    }

    /** Quotes when needed, and prefixes a quote to cells a spreadsheet would read as a formula. */
    static String csvCell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    private static void writeXlsx(Instance instance, Plan plan, Path file) throws IOException {
        List<List<String>> rows = rows(instance, plan);
        try (OutputStream os = Files.newOutputStream(file)) {
            Workbook wb = new Workbook(os, "Equipage", "1.0");
            sheet(wb, "Toutes les équipes", rows);
            Set<String> used = new HashSet<>();
            used.add("toutes les équipes");
            Map<String, List<List<String>>> byTeam = rows.stream()
                    .collect(Collectors.groupingBy(r -> r.get(0), java.util.LinkedHashMap::new, Collectors.toList()));
            for (var e : byTeam.entrySet()) {
                sheet(wb, sheetName(e.getKey(), used), e.getValue());
            }
            wb.finish();
        }
    }

    private static void sheet(Workbook wb, String name, List<List<String>> rows) {
        Worksheet ws = wb.newWorksheet(name);
        for (int c = 0; c < HEADER.size(); c++) {
            ws.value(0, c, HEADER.get(c));
            ws.style(0, c).bold().set();
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                ws.value(r + 1, c, rows.get(r).get(c));
            }
        }
    }

    /** Excel sheet names: at most 31 characters, none of []:*?/\, unique. */
    private static String sheetName(String title, Set<String> used) {
        String base = title.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        if (base.isEmpty()) {
            base = "Équipe";
        }
        base = base.length() > 28 ? base.substring(0, 28) : base;
        String name = base;
        for (int i = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            name = base + " " + i;
        }
        return name;
    }
}
