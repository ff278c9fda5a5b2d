package fr.equipage.model;

import java.util.List;

/** Score weights of spec §4; {@code choice.get(r)} rewards getting one's (r+1)-th choice. */
public record Weights(List<Integer> choice, int unassigned, int skillCovered, int extraMinistry, int together) {
    private static final List<Integer> DEFAULT_CHOICE = List.of(10, 7, 5, 3, 1);
    public static final Weights DEFAULT = new Weights(DEFAULT_CHOICE, -20, 4, 1, 5);

    public Weights {
        choice = List.copyOf(choice == null ? DEFAULT_CHOICE : choice);
    }

    /** Weight of the 0-based rank {@code r}; 0 beyond the list or for r &lt; 0. */
    public int choiceWeight(int r) {
        return r >= 0 && r < choice.size() ? choice.get(r) : 0;
    }
}
