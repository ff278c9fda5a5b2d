package fr.equipage.model;

import java.util.List;

/**
 * Score weights of spec §4; {@code choice.get(r)} rewards getting one's (r+1)-th choice.
 *
 * <p>{@code stability} is not part of the spec score: it is what a re-optimisation gives up, in
 * points, for each person it moves away from the current board, so that a small change to the
 * workshop does not reshuffle everyone. It only applies when there is a current board (never to a
 * first run, so spec scores are untouched). Null means "not set": then re-runs use
 * {@link #DEFAULT_RERUN_STABILITY}; 0 turns it off.
 */
public record Weights(List<Integer> choice, int unassigned, int skillCovered, int extraMinistry, int together,
                      Integer stability) {
    private static final List<Integer> DEFAULT_CHOICE = List.of(10, 7, 5, 3, 1);
    public static final Weights DEFAULT = new Weights(DEFAULT_CHOICE, -20, 4, 1, 5);
    /**
     * Points per person moved on a re-run when the organiser has not set the weight: less than the 3
     * points between a first and a second choice, so a real gain still moves people, while ties and
     * tiny gains no longer reshuffle the board.
     */
    public static final int DEFAULT_RERUN_STABILITY = 2;

    public Weights {
        choice = List.copyOf(choice == null ? DEFAULT_CHOICE : choice);
    }

    /** The five spec weights, stability not set. */
    public Weights(List<Integer> choice, int unassigned, int skillCovered, int extraMinistry, int together) {
        this(choice, unassigned, skillCovered, extraMinistry, together, null);
    }

    /** Weight of the 0-based rank {@code r}; 0 beyond the list or for r &lt; 0. */
    public int choiceWeight(int r) {
        return r >= 0 && r < choice.size() ? choice.get(r) : 0;
    }

    /** Points lost per person moved away from the current board on a re-run. */
    public int rerunStability() {
        return stability == null ? DEFAULT_RERUN_STABILITY : stability;
    }

    public Weights withStability(Integer points) {
        return new Weights(choice, unassigned, skillCovered, extraMinistry, together, points);
    }
}
