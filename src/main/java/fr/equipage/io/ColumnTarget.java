package fr.equipage.io;

import java.util.ArrayList;
import java.util.List;

/** Where a column goes: a field, and for ranked choices the rank (1 = most wanted). */
public record ColumnTarget(Field field, int rank) {
    public static final ColumnTarget IGNORE = new ColumnTarget(Field.IGNORE, 0);
    /** Ranked choice columns offered in the mapping editor. */
    public static final int MAX_RANK = 10;

    public ColumnTarget {
        rank = field == Field.CHOICE ? Math.max(1, rank) : 0;
    }

    public static ColumnTarget of(Field field) {
        return new ColumnTarget(field, 0);
    }

    public static ColumnTarget choice(int rank) {
        return new ColumnTarget(Field.CHOICE, rank);
    }

    public String label() {
        return field == Field.CHOICE ? "Choix " + rank : field.label();
    }

    /** Every target, in the order the mapping editor lists them. */
    public static List<ColumnTarget> all() {
        List<ColumnTarget> out = new ArrayList<>();
        for (Field f : Field.values()) {
            if (f == Field.CHOICE) {
                for (int r = 1; r <= MAX_RANK; r++) {
                    out.add(choice(r));
                }
            } else {
                out.add(of(f));
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return label();
    }
}
