package fr.equipage.engine;

import java.time.Duration;

/**
 * How long and how far the first local search runs, before CP-SAT: counted in moves (so a seed gives the
 * same plan whenever the wall clock does not cut it short) and sized from the time limit.
 *
 * <p>On dense workshops ({@code onlyChosenProjects: false}) the local search is the best primal heuristic
 * for the first seconds: measured at 300 open, load 5, 600,000 moves (about 1 s) give a plan 3 % short,
 * where a CP-SAT neighbourhood takes 0.2–1.6 s for a few points; cut at a twentieth of a 3-s limit, as it
 * was, it stopped hot and left the plan 15 % short. Its move count follows the limit so that the
 * annealing schedule ends cold within its share of the time.
 */
final class LocalSearchBudget {
    /**
     * Share of the limit the first local search may use on a dense workshop where the LP finishes; it
     * stops when the LP does, whose rounded plan is the better start. The LP runs alongside on the same
     * cores (measured at 300 open at 3 s: with 0.35 and no stop the LP no longer finished in time at
     * load 4, 2,635 instead of 2,702; with 0.15, 2,572 at load 6 where the LP did not finish either).
     */
    static final double DENSE_SHARE = 0.3;
    /** Share of the limit for the local search of the LP-rounded plan (see {@link #roundingMoves}). */
    static final double ROUNDING_SHARE = 0.05;
    /**
     * Its share where the LP cannot finish (past {@link Solver#LP_MAX_PAIRS}, see {@link SampledLp}): there it is the only good
     * primal heuristic, CP-SAT neighbourhoods the rest. Measured at 1,000 open, load 6: 700,000 moves give
     * 8,728, 6 M give 8,871, where 23 s of CP-SAT neighbourhoods had reached 8,143 from the old 0.25-s annealing.
     * Since the flow's rounds ({@link TeamSetSearch#rounds}) take it, 0.85 rather than 0.6 (seeds 1–3 at 5 s:
     * 8,821, 8,781, 8,855 against 8,812, 8,742, 8,848; at 30 s, seed 1: 8,864 against 8,856).
     */
    static final double NO_LP_SHARE = 0.85;
    /**
     * Moves per second of that share, so that the annealing ends cold: a third of what a warm free core
     * does (≈ 1 M/s at 300 open); the first solve of a process runs cold, beside the LP's two threads
     * (measured at 300 open, load 7, 2 s: 240,000 moves planned for 0.6 s were cut short, 2,512).
     */
    static final long DENSE_MOVES_PER_SECOND = 300_000;
    static final long NO_LP_MAX_MOVES = 12_000_000;

    private LocalSearchBudget() {
    }

    /** Moves for the first local search. */
    static long moves(CompiledInstance c, boolean dense, boolean noLp, Duration limit) {
        long n = c.participantCount();
        if (!dense) {
            return Math.min(200L * n, 3_000_000L);
        }
        long sized = (long) (DENSE_MOVES_PER_SECOND * share(noLp) * limit.toNanos() / 1e9);
        long cap = noLp ? NO_LP_MAX_MOVES : Math.min(2000L * n, 3_000_000L);
        return Math.max(50L * n, Math.min(sized, cap));
    }

    /**
     * Moves for the local search of the LP-rounded plan, which has a twentieth of the limit: on a dense
     * workshop sized so that the annealing ends cold in it, rather than cut short while hot.
     */
    static long roundingMoves(CompiledInstance c, boolean dense, Duration limit) {
        long n = c.participantCount();
        if (!dense) {
            return moves(c, false, false, limit);
        }
        long sized = (long) (DENSE_MOVES_PER_SECOND * ROUNDING_SHARE * limit.toNanos() / 1e9);
        return Math.max(50L * n, Math.min(sized, Math.min(2000L * n, 3_000_000L)));
    }

    /** Wall time the local search of the LP-rounded plan may take. */
    static long roundingNanos(Duration limit) {
        return (long) (limit.toNanos() * ROUNDING_SHARE);
    }

    /** Wall time the first local search may take. */
    static long nanos(boolean large, boolean dense, boolean noLp, boolean cpSat, Duration limit) {
        long l = limit.toNanos();
        if (large) {
            return l / 20;
        }
        if (dense) {
            return (long) (l * share(noLp));
        }
        return cpSat ? l / 5 : l;
    }

    private static double share(boolean noLp) {
        return noLp ? NO_LP_SHARE : DENSE_SHARE;
    }
}
