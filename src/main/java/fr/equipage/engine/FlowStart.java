package fr.equipage.engine;

import java.util.function.BooleanSupplier;

/**
 * A start for the search on open workshops too large for the LP: the people of a plan's teams placed anew by the flow
 * ({@link FlowAssignment}), made feasible, then climbed on skills and together pairs
 * ({@link TargetedSearch}). Measured at 1,000 people open (seed 1), on the greedy plan's teams: 8,678
 * in 0.07 s, where the greedy plan scores 7,802 and 2 s of annealing from it 8,636.
 */
final class FlowStart {
    /** Share of the skill weight credited per skill a person brings (0.25 and 0.5 measured alike, 0 and 1 worse). */
    static final double SKILL_SHARE = 0.5;
    /** The annealing from this start begins cooler: hot, it first undoes most of what the flow placed. */
    static final double START_TEMPERATURE = 1.0;

    private FlowStart() {
    }

    /** The flow's plan on the teams of {@code s}, or null when the flow solver failed or stopped. */
    static ScoreState from(CompiledInstance c, ScoreState s, LocalSearch ls, BooleanSupplier stop) {
        ScoreState f = placed(c, s.retainedTeams(), ls, stop);
        if (f != null) {
            climb(c, f, stop);
        }
        return f;
    }

    /** The flow's plan on the teams {@code open}, made feasible where it can be, before the climb; null as above. */
    static ScoreState placed(CompiledInstance c, boolean[] open, LocalSearch ls, BooleanSupplier stop) {
        int[] teamOf = new FlowAssignment(c, SKILL_SHARE).assign(open);
        if (teamOf == null || stop.getAsBoolean()) {
            return null;
        }
        ScoreState f = ScoreState.of(c, teamOf, open);
        ls.sanitize(f);
        return f;
    }

    /** The targeted climb ({@link TargetedSearch}) on s, when it is feasible. */
    static void climb(CompiledInstance c, ScoreState s, BooleanSupplier stop) {
        if (s.feasible()) {
            new TargetedSearch(c).improve(s, stop);
        }
    }
}
