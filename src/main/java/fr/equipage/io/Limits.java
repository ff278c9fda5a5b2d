package fr.equipage.io;

/**
 * Bounds that keep a hostile or broken file from hanging the application or exhausting memory.
 * They are far above any real registration list (a launch day has a few hundred people).
 */
public final class Limits {
    private Limits() {
    }

    /** Columns with content in one row. Form exports have a few dozen. */
    public static final int MAX_COLUMNS = 1_000;
    /** Characters in one cell: Excel's own limit. */
    public static final int MAX_CELL_CHARS = 32_767;
    /** Rows in one sheet. */
    public static final int MAX_ROWS = 500_000;
    /** Total uncompressed bytes of a workbook's parts. A 100,000-row XLSX is about 30 MB. */
    public static final long MAX_UNCOMPRESSED_BYTES = 256L * 1024 * 1024;
    /** Uncompressed / compressed size of one part; real sheets stay well under 100, zip bombs go to thousands. */
    public static final long MAX_COMPRESSION_RATIO = 500;
    /** Parts in a workbook archive. */
    public static final int MAX_ZIP_ENTRIES = 10_000;
    /** Issues kept in detail in a report; further ones are only counted. */
    public static final int MAX_REPORTED_ISSUES = 5_000;
}
