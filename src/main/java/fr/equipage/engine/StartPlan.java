package fr.equipage.engine;

import fr.equipage.model.Plan;
import fr.equipage.model.Team;
import java.util.Arrays;

/**
 * The organiser's current board, compiled for a re-run: where each participant is now ({@code -1}
 * unassigned, {@link #NONE} for someone the board does not list, e.g. added since), which teams it
 * keeps, and the points lost per person moved away from it. A board made for an older version of
 * the workshop is read leniently: unknown ids are skipped, never an error.
 */
final class StartPlan {
    static final int NONE = -2;

    private final int[] teamOf;
    private final boolean[] retained;
    private final int weight;

    private StartPlan(int[] teamOf, boolean[] retained, int weight) {
        this.teamOf = teamOf;
        this.retained = retained;
        this.weight = weight;
    }

    static StartPlan of(CompiledInstance c, Plan plan, int weight) {
        int[] teamOf = new int[c.participantCount()];
        Arrays.fill(teamOf, NONE);
        boolean[] retained = new boolean[c.proposalCount()];
        for (Team team : plan.teams()) {
            int t = c.proposalIndex(team.proposal());
            if (t < 0) {
                continue;
            }
            retained[t] = true;
            for (String id : team.members()) {
                int p = c.participantIndex(id);
                if (p >= 0 && teamOf[p] == NONE) {
                    teamOf[p] = t;
                }
            }
        }
        for (String id : plan.unassigned()) {
            int p = c.participantIndex(id);
            if (p >= 0 && teamOf[p] == NONE) {
                teamOf[p] = -1;
            }
        }
        return new StartPlan(teamOf, retained, Math.max(0, weight));
    }

    /** Where p is on the current board: a proposal, -1 unassigned, or {@link #NONE}. */
    int teamOf(int p) {
        return teamOf[p];
    }

    int weight() {
        return weight;
    }

    /** Whether p counts as moved when placed in t (-1: unassigned). */
    boolean moved(int p, int t) {
        return teamOf[p] != NONE && teamOf[p] != t;
    }

    /** The board as a state to start from (people it does not list start unassigned). */
    ScoreState state(CompiledInstance c) {
        int[] start = teamOf.clone();
        for (int p = 0; p < start.length; p++) {
            // A board may have been made before H7 changed: only allowed places are kept.
            if (start[p] == NONE || start[p] >= 0 && !c.isAllowed(p, start[p])) {
                start[p] = -1;
            }
        }
        return ScoreState.of(c, start, retained.clone());
    }
}
