package fr.equipage.engine;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import fr.equipage.model.Instance;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The same workshop as an exact MIP for a general solver (CBC or SCIP through OR-Tools' MPSolver):
 * the rows of {@link LpBound} with the assignment and retention variables integral, which is exactly
 * the spec's rules and score (the indicators follow from them). Only for {@code bench --compare-mip},
 * to measure the engine against what an off-the-shelf solver does with the textbook model; never
 * used to solve a workshop.
 */
public final class MipReference {
    /** The solvers tried, in order, when none is named (both ship in ortools-java 9.15). */
    public static final List<String> SOLVERS = List.of("CBC", "SCIP");

    /**
     * One run: which solver, its status, the best score found (null if none), its proven bound, and
     * the whole time (building the model included, as for the engine).
     */
    public record Result(String solver, String status, Long score, Long bound, Duration elapsed) {
        public boolean proven() {
            return "OPTIMAL".equals(status);
        }
    }

    private MipReference() {
    }

    /**
     * Solves {@code instance} with {@code solver} ("CBC", "SCIP"; null or blank: the first of
     * {@link #SOLVERS} this build has) within {@code limit}, single-threaded.
     */
    public static Result solve(Instance instance, String solver, Duration limit) {
        if (!CpSat.available()) {
            throw new IllegalStateException("OR-Tools indisponible : " + CpSat.failure());
        }
        long start = System.nanoTime();
        MPSolver mp = null;
        String name = null;
        for (String candidate : solver == null || solver.isBlank() ? SOLVERS : List.of(solver.toUpperCase(Locale.ROOT))) {
            mp = MPSolver.createSolver(candidate);
            if (mp != null) {
                name = candidate;
                break;
            }
        }
        if (mp == null) {
            throw new IllegalArgumentException("solveur MIP absent de cette version d'OR-Tools : " + solver);
        }
        try {
            LpBound model = LpBound.build(CompiledInstance.of(instance));
            model.load(mp, new MPConstraint[model.rowCount()], true);
            mp.setTimeLimit(Math.max(1, limit.toMillis()));
            // An exact proof, as the engine's: the default relative gap (1e-4) stops a point or two short.
            MPSolverParameters params = new MPSolverParameters();
            params.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 0);
            MPSolver.ResultStatus status = mp.solve(params);
            boolean found = status == MPSolver.ResultStatus.OPTIMAL || status == MPSolver.ResultStatus.FEASIBLE;
            Long score = found ? Math.round(mp.objective().value() + model.constant()) : null;
            // The solver's bound is a float over the columns; scores are integers, so a hair above rounds down.
            Long bound = found ? (long) Math.floor(mp.objective().bestBound() + model.constant() + 1e-6) : null;
            return new Result(name, status.name(), score, bound, Duration.ofNanos(System.nanoTime() - start));
        } finally {
            mp.delete();
        }
    }
}
