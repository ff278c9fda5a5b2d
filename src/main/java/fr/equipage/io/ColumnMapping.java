package fr.equipage.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The header row of a sheet and, for each column, where it goes. Proposed by {@link HeaderMapper};
 * the organiser may change any column before importing.
 */
public final class ColumnMapping {
    private final int headerRow;
    private final List<String> headers;
    private final List<ColumnTarget> targets;
    /** Columns whose target the organiser chose (or confirmed): never second-guessed by {@link MappingCheck}. */
    private final java.util.Set<Integer> confirmed = new java.util.HashSet<>();

    public ColumnMapping(int headerRow, List<String> headers, List<ColumnTarget> targets) {
        if (headers.size() != targets.size()) {
            throw new IllegalArgumentException("one target per header");
        }
        this.headerRow = headerRow;
        this.headers = List.copyOf(headers);
        this.targets = new ArrayList<>(targets);
    }

    /** Number of the header row in the sheet (1-based); data rows come after it. */
    public int headerRow() {
        return headerRow;
    }

    public List<String> headers() {
        return headers;
    }

    public int size() {
        return headers.size();
    }

    public String header(int column) {
        return column < headers.size() ? headers.get(column) : "";
    }

    public ColumnTarget target(int column) {
        return column < targets.size() ? targets.get(column) : ColumnTarget.IGNORE;
    }

    public List<ColumnTarget> targets() {
        return Collections.unmodifiableList(targets);
    }

    /** The organiser's choice for a column; it also counts as confirming it. */
    public void set(int column, ColumnTarget target) {
        targets.set(column, target == null ? ColumnTarget.IGNORE : target);
        confirmed.add(column);
    }

    public boolean isConfirmed(int column) {
        return confirmed.contains(column);
    }

    /** The column whose header is this text (accents, case and punctuation aside) or whose letter it is; -1. */
    public int columnNamed(String name) {
        String key = Texts.key(name);
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).strip().equals(name.strip())) {
                return i;
            }
        }
        for (int i = 0; i < headers.size(); i++) {
            if (!key.isEmpty() && Texts.key(headers.get(i)).equals(key)) {
                return i;
            }
        }
        String letters = name.strip().toUpperCase(java.util.Locale.ROOT);
        if (letters.matches("[A-Z]{1,3}")) {
            for (int i = 0; i < headers.size(); i++) {
                if (RowChecks.columnLetter(i).equals(letters)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** First column mapped to a field, or -1. */
    public int columnOf(Field field) {
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).field() == field) {
                return i;
            }
        }
        return -1;
    }

    public boolean has(Field field) {
        return columnOf(field) >= 0;
    }

    /** The column as the report names it: its header, or its letter when it has none. */
    public String columnName(int column) {
        String h = header(column).strip();
        return h.isEmpty() ? "colonne " + RowChecks.columnLetter(column) : h;
    }

    /** Kind the mapped fields point to: proposals when proposal-only fields outnumber participant ones. */
    public ImportKind guessKind() {
        int participants = 0;
        int proposals = 0;
        for (ColumnTarget t : targets) {
            if (Field.PARTICIPANT_ONLY.contains(t.field())) {
                participants++;
            } else if (Field.PROPOSAL_ONLY.contains(t.field())) {
                proposals++;
            }
        }
        return proposals > participants ? ImportKind.PROPOSALS : ImportKind.PARTICIPANTS;
    }
}
