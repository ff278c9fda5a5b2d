package fr.equipage.io;

import fr.equipage.model.Message;
import java.util.List;

/**
 * How one sheet will be read: its first rows (for the preview), the proposed or edited column
 * mapping, its kind, and whether it is imported at all (a workbook may have an "Instructions" sheet).
 */
public final class SheetSetup {
    private final SpreadsheetFile file;
    private final int index;
    private final String name;
    private final List<SourceRow> preview;
    private final ColumnMapping mapping;
    private ImportKind kind;
    private boolean included;

    public SheetSetup(SpreadsheetFile file, int index, String name, List<SourceRow> preview, ColumnMapping mapping, ImportKind kind,
                      boolean included) {
        this.file = file;
        this.index = index;
        this.name = name;
        this.preview = List.copyOf(preview);
        this.mapping = mapping;
        this.kind = kind;
        this.included = included;
    }

    /** The file the sheet is in (an import may read several files at once). */
    public SpreadsheetFile file() {
        return file;
    }

    /** How issues name the sheet: its name when its file has several sheets, else nothing. */
    public String label() {
        return file.sheetNames().size() > 1 ? name : null;
    }

    /** "Fichier « a.csv »" or "Feuille « Inscriptions » de « a.xlsx »", for messages. */
    public Message where() {
        return label() == null ? ImportTexts.msg("where.file", file.fileName()) : ImportTexts.msg("where.sheet", name, file.fileName());
    }

    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    public List<SourceRow> preview() {
        return preview;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    public ImportKind kind() {
        return kind;
    }

    public void setKind(ImportKind kind) {
        this.kind = kind;
    }

    public boolean included() {
        return included;
    }

    public void setIncluded(boolean included) {
        this.included = included;
    }
}
