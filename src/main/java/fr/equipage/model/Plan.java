package fr.equipage.model;

import java.util.List;

/**
 * The engine's answer: the spec's {@code equipage-plan/1}. {@code bound} is a proven upper bound
 * on the best feasible score, or null when none is known; {@code optimal} says score = bound.
 */
public record Plan(boolean feasible, List<Team> teams, List<String> unassigned, ScoreParts score,
                   List<Violation> violations, Long bound, boolean optimal) {
    public static final String FORMAT = "equipage-plan/1";

    public Plan {
        teams = List.copyOf(teams == null ? List.of() : teams);
        unassigned = List.copyOf(unassigned == null ? List.of() : unassigned);
        score = score == null ? ScoreParts.ZERO : score;
        violations = List.copyOf(violations == null ? List.of() : violations);
    }

    /** Team of a participant, or null when unassigned. */
    public Team teamOf(String participant) {
        for (Team t : teams) {
            if (t.members().contains(participant)) {
                return t;
            }
        }
        return null;
    }
}
