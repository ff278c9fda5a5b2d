package fr.equipage.io;

/**
 * One problem found in a file, located the way the organiser finds it again: file (and sheet when
 * the workbook has several), row number, column header, the value as typed. A warning keeps the
 * row; an error refuses it.
 */
public record Issue(Severity severity, String file, String sheet, int row, String column, String value,
                    String message) {
    public enum Severity {
        WARNING("avertissement"), ERROR("erreur");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Issue {
        column = column == null ? "" : column;
        value = value == null ? "" : value;
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "inscriptions.csv, ligne 12, colonne « Courriel », valeur « camille@ » : courriel mal formé" */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (sheet != null && !sheet.isEmpty()) {
            sb.append(" [").append(sheet).append(']');
        }
        if (row > 0) {
            sb.append(", ligne ").append(row);
        }
        if (!column.isEmpty()) {
            sb.append(", colonne « ").append(column).append(" »");
        }
        if (!value.isEmpty()) {
            sb.append(", valeur « ").append(Texts.excerpt(value)).append(" »");
        }
        return sb.append(" : ").append(message).toString();
    }
}
