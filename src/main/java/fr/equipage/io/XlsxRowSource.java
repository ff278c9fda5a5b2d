package fr.equipage.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Rows of one XLSX sheet, streamed by FastExcel's reader (StAX, shared strings read on demand). */
final class XlsxRowSource implements RowSource {
    private final String fileName;
    private final ReadableWorkbook workbook;
    private final Stream<Row> stream;
    private final Iterator<Row> rows;

    XlsxRowSource(String fileName, ReadableWorkbook workbook, Sheet sheet) throws IOException {
        this.fileName = fileName;
        this.workbook = workbook;
        this.stream = sheet.openStream();
        this.rows = stream.iterator();
    }

    @Override
    public SourceRow next() throws UnreadableFileException {
        try {
            while (rows.hasNext()) {
                Row row = rows.next();
                int number = row.getRowNum();
                if (number > Limits.MAX_ROWS) {
                    throw RowChecks.tooManyRows(fileName);
                }
                if (row.getCellCount() > Limits.MAX_COLUMNS * 20) {
                    // Even empty, that many cells is no registration list; stop before copying them.
                    throw RowChecks.tooManyColumns(fileName, number, row.getCellCount());
                }
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                SourceRow out = RowChecks.row(fileName, number, cells);
                if (!out.isBlank()) {
                    return out;
                }
            }
            return null;
        } catch (UncheckedIOException e) {
            throw corrupt(e.getCause());
        } catch (RuntimeException e) {
            // FastExcel reports malformed XML or references as runtime exceptions of several kinds.
            throw corrupt(e);
        }
    }

    private UnreadableFileException corrupt(Throwable e) {
        return new UnreadableFileException("Le classeur « " + fileName + " » est abîmé et ne peut pas être lu ("
                + e.getMessage() + "). Ouvrez-le dans votre tableur et enregistrez-le à nouveau.", e);
    }

    /** The cell as the organiser sees it; numbers without a trailing ".0", errors as empty. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getType();
        if (type == CellType.NUMBER) {
            BigDecimal n = cell.asNumber();
            return n == null ? "" : n.stripTrailingZeros().toPlainString();
        }
        if (type == CellType.ERROR || type == CellType.EMPTY) {
            return "";
        }
        String t = cell.getText();
        return t == null ? "" : t;
    }

    @Override
    public void close() {
        stream.close();
        try {
            workbook.close();
        } catch (IOException e) {
            // Read-only: nothing to lose.
        }
    }
}
