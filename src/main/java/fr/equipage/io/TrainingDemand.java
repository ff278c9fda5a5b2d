package fr.equipage.io;

import fr.equipage.files.AtomicFile;
import fr.equipage.model.Ministry;
import fr.equipage.model.MinistryChecks;
import fr.equipage.model.Participant;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The demand for each training theme: how many people asked for it, then how many per ministry
 * (one column per ministry that has someone asking, by name), to decide the season's trainings. An
 * administration counts for its ministry (INSEE for Économie), as for team mixing: with one column per
 * administration, a launch day of 55 people gives 40 columns of ones, which tells the organiser nothing. Written as
 * CSV or XLSX with the team lists' conventions (French Excel: UTF-8 with BOM, ";").
 */
public record TrainingDemand(List<String> ministries, List<Row> rows) {
    public static final String THEME = "Thème";
    public static final String DEMANDS = "Demandes";

    public TrainingDemand {
        ministries = List.copyOf(ministries);
        rows = List.copyOf(rows);
    }

    /** One theme: people who asked for it, and their count per ministry (same order as {@link #ministries}). */
    public record Row(String theme, int demands, List<Integer> byMinistry) {
        public Row {
            byMinistry = List.copyOf(byMinistry);
        }
    }

    /** Every theme of the catalogue (none asked: 0), then themes people hold that it lacks. */
    public static TrainingDemand of(List<String> catalogue, List<Participant> people, List<Ministry> ministryList) {
        Map<String, String> names = new LinkedHashMap<>();
        ministryList.forEach(m -> names.put(m.code(), m.name().isBlank() ? m.code() : m.name()));
        Set<String> themes = new LinkedHashSet<>(catalogue == null || catalogue.isEmpty() ? TrainingThemes.DEFAULTS : catalogue);
        Map<String, String> tops = MinistryChecks.tops(ministryList);
        java.util.function.Function<Participant, String> ministryOf =
                p -> p.ministry() == null ? "" : tops.getOrDefault(p.ministry(), p.ministry());
        Set<String> codes = new LinkedHashSet<>();
        for (Participant p : people) {
            themes.addAll(p.trainings());
            if (!p.trainings().isEmpty()) {
                codes.add(ministryOf.apply(p));
            }
        }
        List<String> ministryCodes = new ArrayList<>(codes);
        java.text.Collator french = java.text.Collator.getInstance(java.util.Locale.FRENCH);
        ministryCodes.sort(java.util.Comparator.comparing((String c) -> c.isEmpty() ? "\uffff" : names.getOrDefault(c, c), french));
        List<Row> rows = new ArrayList<>();
        for (String theme : themes) {
            int[] counts = new int[ministryCodes.size()];
            int total = 0;
            for (Participant p : people) {
                if (p.trainings().contains(theme)) {
                    total++;
                    counts[ministryCodes.indexOf(ministryOf.apply(p))]++;
                }
            }
            rows.add(new Row(theme, total, java.util.Arrays.stream(counts).boxed().toList()));
        }
        List<String> headers = ministryCodes.stream()
                .map(c -> c.isEmpty() ? "(ministère inconnu)" : names.getOrDefault(c, c)).toList();
        return new TrainingDemand(headers, rows);
    }

    public List<String> headers() {
        List<String> h = new ArrayList<>(List.of(THEME, DEMANDS));
        h.addAll(ministries);
        return h;
    }

    public void writeCsv(Path file, CsvOptions options) throws IOException {
        AtomicFile.write(file, tmp -> {
            try (CsvWriter w = CsvCells.open(tmp, options)) {
                CsvCells.row(w, headers());
                for (Row r : rows) {
                    List<String> cells = new ArrayList<>(List.of(r.theme(), Integer.toString(r.demands())));
                    r.byMinistry().forEach(n -> cells.add(Integer.toString(n)));
                    CsvCells.row(w, cells);
                }
            }
        });
    }

    public void writeXlsx(Path file) throws IOException {
        AtomicFile.write(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp); Workbook wb = new Workbook(out, "Equipage", "1.0")) {
                Worksheet ws = wb.newWorksheet("Formations");
                TeamListExporter.header(ws, headers());
                for (int i = 0; i < rows.size(); i++) {
                    Row r = rows.get(i);
                    ws.value(i + 1, 0, r.theme());
                    ws.value(i + 1, 1, r.demands());
                    for (int m = 0; m < r.byMinistry().size(); m++) {
                        ws.value(i + 1, m + 2, r.byMinistry().get(m));
                    }
                }
                ws.width(0, 45);
                ws.width(1, 11);
                for (int m = 0; m < ministries.size(); m++) {
                    ws.width(m + 2, 24);
                }
            }
        });
    }
}
