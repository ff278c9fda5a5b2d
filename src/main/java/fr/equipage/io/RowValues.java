package fr.equipage.io;

import fr.equipage.io.Issue.Severity;
import java.util.ArrayList;
import java.util.List;

/** Values read the same way from participant and proposal rows: a field's cell, names, lists of tags. */
final class RowValues {
    private RowValues() {
    }

    static String cell(ColumnMapping m, SourceRow row, Field f) {
        int c = m.columnOf(f);
        return c < 0 ? "" : row.cell(c);
    }

    /**
     * {first, last}, from separate columns or a full name ("Camille MARTIN", "MARTIN Camille": the
     * family name is the part in capitals). "anonymous", as Microsoft Forms writes it, is no name.
     */
    static String[] name(ColumnMapping m, SourceRow row) {
        String first = named(cell(m, row, Field.FIRST_NAME));
        String last = named(cell(m, row, Field.LAST_NAME));
        String full = named(cell(m, row, Field.FULL_NAME));
        if (first.isEmpty() && last.isEmpty() && !full.isEmpty()) {
            return Cells.splitFullName(full);
        }
        if (first.isEmpty() && !m.has(Field.FIRST_NAME) && last.contains(" ")) {
            return Cells.splitFullName(last); // a "Nom" column holding "Camille Martin"
        }
        return new String[] {Texts.collapseSpaces(first), Texts.collapseSpaces(last)};
    }

    private static String named(String v) {
        return Cells.isAnonymous(v) ? "" : v;
    }

    static String nameColumns(ColumnMapping m) {
        List<String> cols = new ArrayList<>();
        for (Field f : List.of(Field.FULL_NAME, Field.LAST_NAME, Field.FIRST_NAME)) {
            if (m.has(f)) {
                cols.add(m.columnName(m.columnOf(f)));
            }
        }
        return String.join(" / ", cols);
    }

    /** The items of every column mapped to the field, each once, shortened when too long. */
    static List<String> tags(SheetIssues issues, ColumnMapping m, SourceRow row, Field field) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < m.size(); c++) {
            if (m.target(c).field() != field) {
                continue;
            }
            for (String item : Cells.list(row.cell(c))) {
                if (item.length() > ImportPlanner.MAX_TAG) {
                    issues.row(Severity.WARNING, row.number(), m.columnName(c), item, "tag.tooLong",
                            ImportPlanner.MAX_TAG);
                    item = item.substring(0, ImportPlanner.MAX_TAG);
                }
                if (!Cells.containsIgnoringCase(out, item)) {
                    out.add(item);
                }
            }
        }
        return out;
    }
}
