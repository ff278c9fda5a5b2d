package fr.equipage.io;

import java.io.Closeable;

/**
 * Rows of one sheet, read one at a time so that a 100,000-row file never sits whole in memory.
 * Blank rows are skipped (their numbers are not reused). Closing never throws.
 */
public interface RowSource extends Closeable {
    /** The next non-blank row, or null at the end. */
    SourceRow next() throws UnreadableFileException;

    @Override
    void close();
}
