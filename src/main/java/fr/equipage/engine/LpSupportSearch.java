package fr.equipage.engine;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * CP-SAT on the pairs the LP solution uses only: the generated workshops' LP is nearly integral (at
 * 3,000 chosen, its bound is the optimum), so the best plan is usually among them, and this model is
 * small. A heuristic: its bound is not one on the workshop, only its plans are kept. On the LP of a sample of pairs
 * ({@link SampledLp}) the support is further from the optimum's pairs, so the pairs of the plans found so far join it
 * ({@link #runOnSupport}).
 */
final class LpSupportSearch {
    /**
     * Not started with less time left than this: building its model alone takes that long on a dense workshop
     * (measured at 300 open, load 4.5: started 0.25 s before a 3-s deadline, it ended 0.5–0.7 s past it).
     */
    static final double MIN_SECONDS = 0.5;

    private LpSupportSearch() {
    }

    /** Whether an LP value puts its pair on the support (PDLP leaves tiny values where the exact solution has none). */
    static boolean inSupport(double lpValue) {
        return lpValue >= 1e-6;
    }

    /** How many (participant, proposal) pairs the LP solution uses. */
    static int size(double[][] lpX) {
        int size = 0;
        for (double[] row : lpX) {
            for (double v : row) {
                size += inSupport(v) ? 1 : 0;
            }
        }
        return size;
    }

    /**
     * Searches for {@code seconds} at most (a deterministic work limit too, when {@code o} asks for
     * reproducible results), starting from {@code hint}, handing each plan to {@code found}; stops
     * early once {@code closed} (the plan reached a proven bound).
     */
    static CpSolverStatus run(CompiledInstance c, double[][] lpX, ScoreState hint, SolveOptions o, double seconds,
                              Consumer<ScoreState> found, BooleanSupplier closed) {
        CpSatTeamModel model = CpSatTeamModel.build(c, CpSatTeamModel.Mode.OPTIMISE);
        model.keepLpSupport(lpX);
        return solve(model, hint, o, seconds, found, closed);
    }

    /**
     * As {@link #run}, on a model built on the LP's support and the pairs of {@code plans} only, with every lock and
     * proposer (the sampled LP's support at 450 open: about 1,000 pairs, built in 0.1 s where the whole model takes
     * seconds).
     */
    static CpSolverStatus runOnSupport(CompiledInstance c, double[][] lpX, List<ScoreState> plans, SolveOptions o,
                                       double seconds, Consumer<ScoreState> found, BooleanSupplier closed) {
        boolean[][] pairs = new boolean[c.participantCount()][];
        for (int p = 0; p < pairs.length; p++) {
            int[] allowed = c.allowed(p);
            pairs[p] = new boolean[allowed.length];
            for (int i = 0; i < allowed.length; i++) {
                int t = allowed[i];
                pairs[p][i] = inSupport(lpX[p][i]) || t == c.lockOf(p) || c.proposed(p, t) || inAny(plans, p, t);
            }
        }
        boolean[] everyone = new boolean[c.participantCount()];
        boolean[] teams = new boolean[c.proposalCount()];
        Arrays.fill(everyone, true);
        Arrays.fill(teams, true);
        CpSatTeamModel model = CpSatTeamModel.buildScope(c,
                new CpSatTeamModel.Scope(everyone, teams, c.settings().maxTeams(), pairs));
        return solve(model, plans.get(plans.size() - 1), o, seconds, found, closed);
    }

    private static boolean inAny(List<ScoreState> plans, int p, int t) {
        for (ScoreState s : plans) {
            if (s.teamOf(p) == t) {
                return true;
            }
        }
        return false;
    }

    private static CpSolverStatus solve(CpSatTeamModel model, ScoreState hint, SolveOptions o, double seconds,
                                        Consumer<ScoreState> found, BooleanSupplier closed) {
        model.hint(hint);
        CpSolver solver = new CpSolver();
        var p = solver.getParameters();
        p.setRandomSeed((int) (o.seed() ^ (o.seed() >>> 32)));
        p.setNumWorkers(1);
        p.setLinearizationLevel(2);
        p.setMaxTimeInSeconds(Math.max(0.05, seconds));
        p.setMaxDeterministicTime(Math.max(0.05, seconds * Solver.DETERMINISTIC_UNITS_PER_SECOND));
        Runnable stop = solver::stopSearch;
        o.cancel().onCancel(stop);
        try {
            return solver.solve(model.model, new CpSolverSolutionCallback() {
                @Override
                public void onSolutionCallback() {
                    found.accept(model.extract(CpSatTeamModel.values(this)));
                    if (closed.getAsBoolean()) {
                        stopSearch();
                    }
                }
            });
        } finally {
            o.cancel().remove(stop);
        }
    }
}
