package fr.equipage.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A file opened for import: its format and, for each sheet, a preview and a proposed setup. This is
 * what the import dialog shows before anything is planned; the organiser may change the setups.
 */
public final class ImportSource {
    /** Rows read for the preview and the header search. */
    public static final int PREVIEW_ROWS = 20;

    private final List<SpreadsheetFile> files;
    private final List<SheetSetup> sheets;

    private ImportSource(List<SpreadsheetFile> files, List<SheetSetup> sheets) {
        this.files = List.copyOf(files);
        this.sheets = List.copyOf(sheets);
    }

    /**
     * Opens several files as one import (say a proposals CSV and a registrations CSV): their sheets
     * are planned and committed together, so proposers in one file find people of the other.
     */
    public static ImportSource open(List<Path> paths, ImportKind kind) throws UnreadableFileException {
        List<SpreadsheetFile> files = new java.util.ArrayList<>();
        List<SheetSetup> sheets = new java.util.ArrayList<>();
        for (Path p : paths) {
            ImportSource one = open(p, kind);
            files.addAll(one.files);
            sheets.addAll(one.sheets);
        }
        return new ImportSource(files, sheets);
    }

    /**
     * Opens the file and proposes a setup per sheet. {@code kind} forces the kind (null: guessed from
     * the headers). In a workbook of several sheets, those that look like neither list (no name nor
     * title column) are left out, and with a forced kind only the sheets of that kind are kept.
     */
    public static ImportSource open(Path path, ImportKind kind) throws UnreadableFileException {
        SpreadsheetFile file = SpreadsheetFile.open(path);
        List<SheetSetup> setups = new ArrayList<>();
        List<String> names = file.sheetNames();
        for (int i = 0; i < names.size(); i++) {
            List<SourceRow> head = file.head(i, PREVIEW_ROWS);
            ColumnMapping mapping = HeaderMapper.propose(head);
            ImportKind guessed = mapping.guessKind();
            boolean usable = !head.isEmpty() && looksUsable(mapping, guessed);
            boolean included;
            ImportKind chosen;
            if (names.size() == 1) {
                included = true;
                chosen = kind != null ? kind : guessed;
            } else {
                included = usable && (kind == null || kind == guessed);
                chosen = guessed;
            }
            setups.add(new SheetSetup(file, i, names.get(i), head, mapping, chosen, included));
        }
        return new ImportSource(List.of(file), setups);
    }

    private static boolean looksUsable(ColumnMapping m, ImportKind kind) {
        return kind == ImportKind.PROPOSALS ? m.has(Field.TITLE)
                : m.has(Field.LAST_NAME) || m.has(Field.FULL_NAME) || m.has(Field.FIRST_NAME) || m.has(Field.EMAIL);
    }

    /** The first file: the one an import of a single file reads. */
    public SpreadsheetFile file() {
        return files.get(0);
    }

    public List<SpreadsheetFile> files() {
        return files;
    }

    /** "a.csv" or "a.csv, b.csv": how the report names what was read. */
    public String fileNames() {
        return String.join(", ", files.stream().map(SpreadsheetFile::fileName).toList());
    }

    /** One description per file. */
    public String description() {
        return String.join(" ; ", files.stream().map(f -> files.size() > 1 ? f.fileName() + " : " + f.description()
                : f.description()).toList());
    }

    public List<SheetSetup> sheets() {
        return sheets;
    }

    public boolean isEmpty() {
        return sheets.stream().allMatch(s -> s.preview().isEmpty());
    }
}
