package fr.equipage.io;

import java.util.List;

/** One row of a sheet: its number as the spreadsheet shows it (1-based) and its cells as text. */
public record SourceRow(int number, List<String> cells) {
    public SourceRow {
        cells = List.copyOf(cells);
    }

    /** The cell at a 0-based column, stripped; "" when the row is shorter. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
