package fr.equipage.model;

import java.util.Objects;

/** Two participants, for "keep apart" and "together" wishes; order does not matter. */
public record Pair(String first, String second) {
    public Pair {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(second, "second");
    }

    public boolean involves(String participant) {
        return first.equals(participant) || second.equals(participant);
    }

    /** The same pair, written with the smaller id first, so that (a,b) and (b,a) compare equal. */
    public Pair normalised() {
        return first.compareTo(second) <= 0 ? this : new Pair(second, first);
    }
}
