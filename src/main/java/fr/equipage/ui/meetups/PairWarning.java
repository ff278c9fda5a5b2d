package fr.equipage.ui.meetups;

/**
 * Something wrong with two people at the same table of a round: they already met ({@code REPEAT},
 * in round {@code metIn}, or before the season when {@code metIn} is 0), or they must be kept
 * apart ({@code APART}, rule M2). {@code group} is the 0-based table of the round.
 */
public record PairWarning(Kind kind, int round, int group, String first, String second, int metIn) {
    public enum Kind { REPEAT, APART }

    public boolean involves(String person) {
        return first.equals(person) || second.equals(person);
    }
}
