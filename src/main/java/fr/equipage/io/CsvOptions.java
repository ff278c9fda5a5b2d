package fr.equipage.io;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * How exported CSV is written. The default opens right in French Excel (which needs the BOM to
 * read UTF-8, and ";" because "," is the French decimal separator); the comma variant suits other
 * tools and English spreadsheets.
 */
public record CsvOptions(char separator, Charset charset, boolean bom, String lineEnd) {
    public static final CsvOptions FRENCH_EXCEL = new CsvOptions(';', StandardCharsets.UTF_8, true, "\r\n");
    public static final CsvOptions COMMA_UTF8 = new CsvOptions(',', StandardCharsets.UTF_8, false, "\r\n");
}
