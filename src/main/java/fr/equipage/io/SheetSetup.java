package fr.equipage.io;

import java.util.List;

/**
 * How one sheet will be read: its first rows (for the preview), the proposed or edited column
 * mapping, its kind, and whether it is imported at all (a workbook may have an "Instructions" sheet).
 */
public final class SheetSetup {
    private final int index;
    private final String name;
    private final List<SourceRow> preview;
    private final ColumnMapping mapping;
    private ImportKind kind;
    private boolean included;

    public SheetSetup(int index, String name, List<SourceRow> preview, ColumnMapping mapping, ImportKind kind,
                      boolean included) {
        this.index = index;
        this.name = name;
        this.preview = List.copyOf(preview);
        this.mapping = mapping;
        this.kind = kind;
        this.included = included;
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
