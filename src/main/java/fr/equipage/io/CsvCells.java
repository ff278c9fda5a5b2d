package fr.equipage.io;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writing CSV that spreadsheets open safely. */
public final class CsvCells {
    private CsvCells() {
    }

    /**
     * Neutralises CSV injection: a cell a spreadsheet would run as a formula (starting with =, +, -, @,
     * tab or carriage return) is prefixed with an apostrophe, which spreadsheets show as text.
     */
    public static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value : value;
    }

    /** Opens a CSV writer on a file with the options' encoding, BOM and line ends. */
    public static CsvWriter open(Path file, CsvOptions options) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (options.bom()) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        Writer w = new OutputStreamWriter(out, options.charset());
        return CsvWriter.builder().fieldSeparator(options.separator())
                .lineDelimiter("\n".equals(options.lineEnd()) ? LineDelimiter.LF : LineDelimiter.CRLF).build(w);
    }

    /** Writes a row with every cell neutralised. */
    public static void row(CsvWriter w, List<String> cells) {
        List<String> safe = new ArrayList<>(cells.size());
        cells.forEach(c -> safe.add(safe(c)));
        w.writeRecord(safe);
    }
}
