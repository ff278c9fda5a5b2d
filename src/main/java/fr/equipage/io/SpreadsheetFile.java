package fr.equipage.io;

import fr.equipage.files.FileErrors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * A file to import, recognised from its content (not its extension): delimited text in any of the
 * usual dialects, XLSX or ODS. Archives are checked against zip bombs before any parsing. Sheets can
 * be read several times (a preview, then the real read), each time as a stream.
 */
public final class SpreadsheetFile {
    private final Path path;
    private final FileFormat format;
    private final CsvDialect dialect;
    private final List<String> sheetNames;

    private SpreadsheetFile(Path path, FileFormat format, CsvDialect dialect, List<String> sheetNames) {
        this.path = path;
        this.format = format;
        this.dialect = dialect;
        this.sheetNames = List.copyOf(sheetNames);
    }

    public static SpreadsheetFile open(Path path) throws UnreadableFileException {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(8);
            size = Files.size(path);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException("Le fichier « " + path + " » n'existe pas.", e);
        } catch (IOException e) {
            throw new UnreadableFileException("Lecture impossible : " + FileErrors.describe(e, path), e);
        }
        if (size == 0) {
            throw new UnreadableFileException("Le fichier « " + name + " » est vide.");
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return openArchive(path, name);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UnreadableFileException("Le fichier « " + name + " » est au format Excel 97-2003 (.xls binaire), "
                    + "qu'Équipage ne lit pas. Ouvrez-le dans votre tableur et enregistrez-le en .xlsx, .ods ou .csv.");
        }
        if (startsWith(head, '%', 'P', 'D', 'F')) {
            throw new UnreadableFileException("Le fichier « " + name + " » est un PDF, pas un tableau. "
                    + "Demandez l'export en .csv, .xlsx ou .ods à l'outil de formulaire.");
        }
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".ods")) {
            // Named as a workbook but not one (damaged, cut short, renamed): advising ".xlsx" would not help.
            throw new UnreadableFileException("Le fichier « " + name + " » est endommagé ou n'est pas un vrai classeur "
                    + (lower.endsWith(".ods") ? ".ods" : ".xlsx") + " : ouvrez-le dans votre tableur et enregistrez-le "
                    + "à nouveau, ou demandez un nouvel export.");
        }
        try {
            CsvDialect dialect = CsvDialect.detect(path);
            checkLooksLikeText(path, name, dialect);
            return new SpreadsheetFile(path, FileFormat.TEXT, dialect, List.of(sheetNameOf(name)));
        } catch (IOException e) {
            throw new UnreadableFileException("Lecture impossible : " + FileErrors.describe(e, path), e);
        }
    }

    private static SpreadsheetFile openArchive(Path path, String name) throws UnreadableFileException {
        ZipGuard.check(path);
        boolean ods = false;
        boolean xlsx = false;
        try (ZipFile zip = new ZipFile(path.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() < 200) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String type = new String(in.readNBytes(200), StandardCharsets.US_ASCII).strip();
                    ods = type.equals("application/vnd.oasis.opendocument.spreadsheet");
                    if (!ods && type.startsWith("application/vnd.oasis.opendocument")) {
                        throw new UnreadableFileException("Le fichier « " + name + " » est un document OpenDocument "
                                + "qui n'est pas un classeur (" + type + "). Importez un classeur .ods.");
                    }
                }
            }
            xlsx = zip.getEntry("xl/workbook.xml") != null;
        } catch (IOException e) {
            throw new UnreadableFileException("Le fichier « " + name + " » est une archive abîmée : " + e.getMessage(), e);
        }
        if (ods) {
            return new SpreadsheetFile(path, FileFormat.ODS, null, OdsRowSource.sheetNames(path));
        }
        if (xlsx) {
            List<String> names = new ArrayList<>();
            try (ReadableWorkbook wb = new ReadableWorkbook(path.toFile())) {
                wb.getSheets().forEach(s -> names.add(s.getName()));
            } catch (IOException | RuntimeException e) {
                throw new UnreadableFileException("Le classeur « " + name + " » est abîmé et ne peut pas être lu ("
                        + e.getMessage() + "). Ouvrez-le dans votre tableur et enregistrez-le à nouveau.", e);
            }
            return new SpreadsheetFile(path, FileFormat.XLSX, null, names);
        }
        throw new UnreadableFileException("Le fichier « " + name + " » est une archive zip qui n'est ni un classeur "
                + "Excel (.xlsx) ni un classeur OpenDocument (.ods).");
    }

    /**
     * Refuses binary files (images, executables, Word documents) read as text: they have control
     * characters that no spreadsheet cell holds.
     */
    private static void checkLooksLikeText(Path path, String name, CsvDialect dialect) throws IOException,
            UnreadableFileException {
        String sample = CsvDialect.sample(path, dialect.encoding());
        int controls = 0;
        int nonBlank = 0;
        for (int i = 0; i < sample.length(); i++) {
            char ch = sample.charAt(i);
            if (ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' || ch == '\uFFFD' || ch >= 0x7F && ch < 0xA0) {
                controls++;
            }
            if (!Character.isWhitespace(ch) && ch != '\uFEFF') {
                nonBlank++;
            }
        }
        if (nonBlank == 0) {
            throw new UnreadableFileException("Le fichier « " + name + " » est vide.");
        }
        if (controls > 0 && controls * 100 > sample.length()) {
            throw new UnreadableFileException("Le fichier « " + name + " » n'est pas un tableau lisible (contenu binaire). "
                    + "Importez un fichier .csv, .xlsx ou .ods.");
        }
    }

    private static String sheetNameOf(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private static boolean startsWith(byte[] head, int... magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    public Path path() {
        return path;
    }

    public String fileName() {
        return path.getFileName().toString();
    }

    public FileFormat format() {
        return format;
    }

    /** "classeur Excel (XLSX)" or "texte délimité (CSV) — séparateur « ; », encodage Windows-1252". */
    public String description() {
        return dialect == null ? format.label() : format.label() + " — " + dialect.label();
    }

    public CsvDialect dialect() {
        return dialect;
    }

    public List<String> sheetNames() {
        return sheetNames;
    }

    /** Streams the rows of a sheet (0-based); close the source when done. */
    public RowSource rows(int sheet) throws UnreadableFileException {
        String name = fileName();
        try {
            switch (format) {
                case TEXT:
                    return new CsvRowSource(path, dialect);
                case ODS:
                    return OdsRowSource.open(path, sheet);
                default:
                    ReadableWorkbook wb = new ReadableWorkbook(path.toFile());
                    try {
                        Sheet s = wb.getSheet(sheet).orElseThrow(() -> new IOException("feuille " + (sheet + 1) + " absente"));
                        return new XlsxRowSource(name, wb, s);
                    } catch (IOException | RuntimeException e) {
                        wb.close();
                        throw e;
                    }
            }
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException("Le fichier « " + name + " » ne peut pas être lu (" + e.getMessage()
                    + "). Ouvrez-le dans votre tableur et enregistrez-le à nouveau.", e);
        }
    }

    /** The first {@code max} non-blank rows of a sheet, for the preview and the header search. */
    public List<SourceRow> head(int sheet, int max) throws UnreadableFileException {
        List<SourceRow> out = new ArrayList<>();
        try (RowSource rows = rows(sheet)) {
            SourceRow r;
            while (out.size() < max && (r = rows.next()) != null) {
                out.add(r);
            }
        }
        return out;
    }
}
