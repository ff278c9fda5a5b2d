package fr.equipage.io;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: write files byte for byte, read every row of a file. */
final class Sheets {
    private Sheets() {
    }

    static Path write(Path dir, String name, String text, Charset cs, byte... bom) throws IOException {
        byte[] body = text.getBytes(cs);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, bom.length);
        System.arraycopy(body, 0, all, bom.length, body.length);
        Path p = dir.resolve(name);
        Files.write(p, all);
        return p;
    }

    static List<SourceRow> rows(Path file) throws UnreadableFileException {
        return rows(SpreadsheetFile.open(file), 0);
    }

    static List<SourceRow> rows(SpreadsheetFile f, int sheet) throws UnreadableFileException {
        List<SourceRow> out = new ArrayList<>();
        try (RowSource rs = f.rows(sheet)) {
            SourceRow r;
            while ((r = rs.next()) != null) {
                out.add(r);
            }
        }
        return out;
    }

    static Path resource(String name) {
        try {
            return Path.of(Sheets.class.getResource("/import/" + name).toURI());
        } catch (Exception e) {
            throw new IllegalStateException(name, e);
        }
    }
}
