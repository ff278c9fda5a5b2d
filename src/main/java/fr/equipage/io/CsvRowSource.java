package fr.equipage.io;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rows of a delimited text file, streamed by FastCSV. Row numbers count records, blank lines
 * included, which is the row number the organiser sees when opening the file in a spreadsheet
 * (a cell with a line break inside stays one row).
 */
final class CsvRowSource implements RowSource {
    private final String fileName;
    private final InputStream in;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private int number;

    CsvRowSource(Path file, CsvDialect dialect) throws IOException {
        this.fileName = file.getFileName().toString();
        this.in = Files.newInputStream(file);
        in.skipNBytes(dialect.encoding().bomLength());
        this.reader = CsvReader.builder()
                .fieldSeparator(dialect.separator())
                .quoteCharacter('"')
                .skipEmptyLines(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .allowExtraCharsAfterClosingQuote(true)
                // A single field can never need more than this; a larger one is a broken or hostile file.
                .maxBufferSize(1024 * 1024)
                .ofCsvRecord(in, dialect.encoding().charset());
        this.records = reader.iterator();
    }

    @Override
    public SourceRow next() throws UnreadableFileException {
        try {
            while (records.hasNext()) {
                CsvRecord record = records.next();
                number++;
                if (number > Limits.MAX_ROWS) {
                    throw RowChecks.tooManyRows(fileName);
                }
                SourceRow row = RowChecks.row(fileName, number, unneutralised(record.getFields()));
                if (!row.isBlank()) {
                    return row;
                }
            }
            return null;
        } catch (CsvParseException e) {
            throw new UnreadableFileException("Le fichier « " + fileName + " » est illisible vers la ligne "
                    + (number + 1) + " : une cellule dépasse " + Limits.MAX_CELL_CHARS
                    + " caractères ou un guillemet n'est pas refermé.", e);
        } catch (UncheckedIOException e) {
            throw new UnreadableFileException("Lecture de « " + fileName + " » interrompue : "
                    + e.getCause().getMessage(), e);
        }
    }

    /** Takes back the apostrophe {@link CsvCells#safe} puts before formula-like cells, so exports re-import as they were. */
    private static java.util.List<String> unneutralised(java.util.List<String> fields) {
        java.util.List<String> out = null;
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            if (f.length() > 1 && f.charAt(0) == '\'' && "=+-@\t\r".indexOf(f.charAt(1)) >= 0) {
                if (out == null) {
                    out = new java.util.ArrayList<>(fields);
                }
                out.set(i, f.substring(1));
            }
        }
        return out == null ? fields : out;
    }

    @Override
    public void close() {
        try {
            reader.close();
            in.close();
        } catch (IOException e) {
            // Nothing was written: a failed close of a file we only read loses nothing.
        }
    }
}
