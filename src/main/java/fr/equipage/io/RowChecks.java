package fr.equipage.io;

import java.util.ArrayList;
import java.util.List;

/** Checks every reader applies to a row before handing it on: columns and cell sizes within limits. */
final class RowChecks {
    private RowChecks() {
    }

    /** Trims trailing empty cells (spreadsheets pad rows), then enforces the column and cell limits. */
    static SourceRow row(String fileName, int number, List<String> cells) throws UnreadableFileException {
        int last = cells.size() - 1;
        while (last >= 0 && (cells.get(last) == null || cells.get(last).isBlank())) {
            last--;
        }
        if (last + 1 > Limits.MAX_COLUMNS) {
            throw tooManyColumns(fileName, number, last + 1);
        }
        List<String> out = new ArrayList<>(last + 1);
        for (int i = 0; i <= last; i++) {
            String v = cells.get(i) == null ? "" : cells.get(i);
            if (v.length() > Limits.MAX_CELL_CHARS) {
                throw hugeCell(fileName, number, i);
            }
            out.add(v);
        }
        return new SourceRow(number, out);
    }

    static UnreadableFileException tooManyColumns(String fileName, int row, int columns) {
        return new UnreadableFileException("Le fichier « " + fileName + " » a " + Texts.number(columns)
                + " colonnes à la ligne " + row + " ; Équipage en lit au plus " + Texts.number(Limits.MAX_COLUMNS)
                + ". Vérifiez qu'il s'agit bien d'une liste d'inscriptions ou de propositions.");
    }

    static UnreadableFileException hugeCell(String fileName, int row, int column) {
        return new UnreadableFileException("Le fichier « " + fileName + " » a une cellule de plus de "
                + Texts.number(Limits.MAX_CELL_CHARS) + " caractères (ligne " + row + ", colonne " + columnLetter(column)
                + ") : elle ne peut pas venir d'un formulaire d'inscription.");
    }

    static UnreadableFileException tooManyRows(String fileName) {
        return new UnreadableFileException("Le fichier « " + fileName + " » a plus de " + Texts.number(Limits.MAX_ROWS)
                + " lignes ; Équipage en lit au plus " + Texts.number(Limits.MAX_ROWS) + ".");
    }

    /** 0 → "A", 25 → "Z", 26 → "AA": how spreadsheets name columns. */
    static String columnLetter(int index) {
        StringBuilder sb = new StringBuilder();
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            sb.insert(0, (char) ('A' + r));
            n = (n - 1) / 26;
        }
        return sb.toString();
    }
}
