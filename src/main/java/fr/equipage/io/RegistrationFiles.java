package fr.equipage.io;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables the way form tools and office suites export registrations: CSV in a chosen dialect,
 * XLSX (FastExcel) and ODS (SODS), one sheet per table. Used for the sample launch day in
 * sample-data/ and by the import benchmark, so both exercise real files.
 */
public final class RegistrationFiles {
    private RegistrationFiles() {
    }

    /** A sheet: name, header row and data rows (an Iterable, so 100,000 rows need not be in memory). */
    public record Table(String name, List<String> headers, Iterable<List<String>> rows) {
    }

    public static void writeCsv(Path file, Table table, char separator, Charset charset, boolean bom) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            if (bom) {
                out.write(new String("\uFEFF").getBytes(charset));
            }
            // Characters the charset lacks become "?" as in a real Windows-1252 export, instead of failing.
            CharsetEncoder enc = charset.newEncoder().onUnmappableCharacter(CodingErrorAction.REPLACE);
            CsvWriter w = CsvWriter.builder().fieldSeparator(separator).lineDelimiter(LineDelimiter.CRLF)
                    .build(new OutputStreamWriter(out, enc));
            w.writeRecord(table.headers());
            for (List<String> row : table.rows()) {
                w.writeRecord(row);
            }
            w.close();
        }
    }

    public static void writeXlsx(Path file, List<Table> tables) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); Workbook wb = new Workbook(out, "Equipage", "1.0")) {
            for (Table t : tables) {
                Worksheet ws = wb.newWorksheet(t.name());
                for (int c = 0; c < t.headers().size(); c++) {
                    ws.value(0, c, t.headers().get(c));
                }
                int r = 1;
                for (List<String> row : t.rows()) {
                    for (int c = 0; c < row.size(); c++) {
                        String v = row.get(c);
                        if (v.matches("\\d{1,6}")) {
                            ws.value(r, c, Integer.parseInt(v)); // sizes as numbers, as a person would type them
                        } else if (!v.isEmpty()) {
                            ws.value(r, c, v);
                        }
                    }
                    if (++r % 10_000 == 0) {
                        ws.flush(); // keep memory flat on large sheets
                    }
                }
                ws.finish();
            }
        }
    }

    public static void writeOds(Path file, List<Table> tables) throws IOException {
        SpreadSheet book = new SpreadSheet();
        for (Table t : tables) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(t.headers());
            t.rows().forEach(rows::add);
            int cols = rows.stream().mapToInt(List::size).max().orElse(1);
            Sheet sheet = new Sheet(t.name(), rows.size(), cols);
            Object[][] values = new Object[rows.size()][cols];
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    String v = row.get(c);
                    values[r][c] = r > 0 && v.matches("\\d{1,6}") ? (Object) Double.valueOf(v) : v.isEmpty() ? null : v;
                }
            }
            Range all = sheet.getDataRange();
            all.setValues(values);
            book.appendSheet(sheet);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            book.save(out);
        }
    }
}
