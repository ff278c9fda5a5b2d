package fr.equipage.io;

import fr.equipage.model.Message;
import java.util.Locale;

/**
 * One problem found in a file, located the way the organiser finds it again: file (and sheet when
 * the workbook has several), row number, column header, the value as typed. A warning keeps the
 * row; an error refuses it. The text is a message key, shown in the interface's language.
 */
public record Issue(Severity severity, String file, String sheet, int row, String column, String value, Message text) {
    public enum Severity {
        WARNING, ERROR
    }

    public Issue {
        column = column == null ? "" : column;
        value = value == null ? "" : value;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The message in French. */
    public String message() {
        return text.french();
    }

    public String message(Locale locale) {
        return text.format(locale);
    }

    /** "inscriptions.csv, ligne 12, colonne « Courriel », valeur « camille@ » : courriel mal formé" */
    public String describe(Locale locale) {
        StringBuilder sb = new StringBuilder(file);
        if (sheet != null && !sheet.isEmpty()) {
            sb.append(" [").append(sheet).append(']');
        }
        if (row > 0) {
            sb.append(ImportTexts.text(locale, "where.row", row));
        }
        if (!column.isEmpty()) {
            sb.append(ImportTexts.text(locale, "where.column", column));
        }
        if (!value.isEmpty()) {
            sb.append(ImportTexts.text(locale, "where.value", Texts.excerpt(value)));
        }
        return sb.append(ImportTexts.text(locale, "where.end", message(locale))).toString();
    }

    @Override
    public String toString() {
        return describe(ImportTexts.FRENCH);
    }
}
