package fr.equipage.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** How a delimited text file is written: its encoding and its field separator. */
public record CsvDialect(TextEncoding encoding, char separator) {
    private static final char[] CANDIDATES = {';', '\t', ','};
    private static final int SAMPLE_CHARS = 64 * 1024;
    private static final int SAMPLE_RECORDS = 60;

    /** "séparateur « ; », encodage Windows-1252" */
    public String label() {
        String sep = separator == '\t' ? "tabulation" : "« " + separator + " »";
        return "séparateur " + sep + ", encodage " + encoding.label();
    }

    public static CsvDialect detect(Path file) throws IOException {
        TextEncoding enc = TextEncoding.detect(file);
        String sample = sample(file, enc);
        return new CsvDialect(enc, separatorOf(sample));
    }

    static String sample(Path file, TextEncoding enc) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(enc.bomLength());
            Reader r = new InputStreamReader(in, enc.charset());
            char[] buf = new char[SAMPLE_CHARS];
            int total = 0;
            int n;
            while (total < buf.length && (n = r.read(buf, total, buf.length - total)) > 0) {
                total += n;
            }
            return new String(buf, 0, total);
        }
    }

    /**
     * The candidate that splits the most records into the same number (≥ 2) of fields. Counting is
     * quote-aware (a ";" inside a quoted cell does not count) and title rows above the header simply
     * count as the odd ones out. Ties go to ";", the French default, then tab, then ",".
     */
    static char separatorOf(String sample) {
        char best = ';';
        int bestScore = -1;
        for (char sep : CANDIDATES) {
            int score = consistency(sample, sep);
            if (score > bestScore) {
                best = sep;
                bestScore = score;
            }
        }
        return best;
    }

    /** Number of records having the most frequent field count, that count being at least 2. */
    private static int consistency(String sample, char sep) {
        Map<Integer, Integer> recordsByCount = new HashMap<>();
        boolean quoted = false;
        int fields = 1;
        boolean blank = true;
        int records = 0;
        for (int i = 0; i < sample.length() && records < SAMPLE_RECORDS; i++) {
            char ch = sample.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
                blank = false;
            } else if (!quoted && ch == sep) {
                fields++;
                blank = false;
            } else if (!quoted && (ch == '\n' || ch == '\r')) {
                if (!blank) {
                    recordsByCount.merge(fields, 1, Integer::sum);
                    records++;
                }
                fields = 1;
                blank = true;
            } else if (!Character.isWhitespace(ch)) {
                blank = false;
            }
        }
        if (!blank) {
            recordsByCount.merge(fields, 1, Integer::sum);
        }
        int best = 0;
        for (Map.Entry<Integer, Integer> e : recordsByCount.entrySet()) {
            if (e.getKey() >= 2 && e.getValue() > best) {
                best = e.getValue();
            }
        }
        return best;
    }
}
