package fr.equipage.engine;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPConstraintProto;
import com.google.ortools.linearsolver.MPModelProto;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import com.google.ortools.linearsolver.MPVariableProto;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A proven upper bound from the linear relaxation of the assignment model (the LP of
 * {@link CpSatTeamModel}): {@code x[p][t]} for allowed pairs, {@code y[t]}, {@code x ≤ y}, sizes,
 * per-ministry caps, the distinct-ministry count and skill cover as "present ≤ members, ≤ y",
 * together pairs, proposers, locks, apart pairs and {@code maxTeams}, all in [0, 1].
 *
 * <p>The bound is not GLOP's objective value: it is recomputed from the duals it returns by weak
 * (Lagrangian) duality, {@code c·x ≤ Σ_r max_{a∈[lb_r,ub_r]} λ_r a + Σ_j max_{x_j∈[0,u_j]} (c_j − λ·A_j) x_j},
 * which holds for ANY multipliers λ, so an approximate or interrupted LP solve still gives a valid
 * bound, and a sign convention mistake can only loosen it. The sum is taken with a safety margin for
 * floating point, and rounded down since scores are integers.
 *
 * <p>Every weight sign is handled: a reward (weight &gt; 0) only needs its indicator bounded above
 * ("present ≤ Σ members, ≤ y"; "together ≤ each member"), a cost (weight &lt; 0) needs it bounded below
 * ("present ≥ each member"; "together ≥ a + b − 1"). The true indicators of any plan satisfy both,
 * so the LP stays a relaxation whatever the weights.
 *
 * <p>GLOP (simplex, exact) solves it up to {@link #GLOP_UP_TO} columns ({@link #GLOP_OPEN_UP_TO} on open
 * workshops, with its dual simplex); PDLP (first-order) beyond, where GLOP is too slow: on two threads,
 * or on one beside the search of a dense workshop.
 */
final class LpBound {
    /** The proven bound, the LP solution (y per proposal, x per participant and allowed index) and some of its multipliers. */
    record Result(long bound, double[] y, double[][] x, double lpValue, double seconds, ReducedCosts reduced, Duals duals) {
    }

    /**
     * Multipliers of two families of rows, to start {@link LagrangianBound} from: per participant, of "in at most one
     * team"; per proposal and skill (in the order of {@link CompiledInstance#proposalSkills}), of "the skill counts only
     * if a member holds it", NaN where the relaxation has no such row.
     */
    record Duals(double[] person, double[][] skill) {
    }

    private static final boolean DEBUG = Boolean.getBoolean("equipage.lp.debug");
    /**
     * Measured: GLOP is exact and instant on small models, but with its defaults stalls on dense ones
     * (150-person open workshop, 5,000 columns: not optimal after 1.3 s, so its duals gave a bound 2 × the
     * optimum; PDLP: optimal in 0.9 s, bound within 0.3 %). See {@link #GLOP_OPEN_UP_TO} for open ones.
     */
    static final int GLOP_UP_TO = 3_000;
    /**
     * On open workshops ({@code onlyChosenProjects: false}) GLOP's dual simplex without presolve or scaling
     * is exact and fast up to this many columns. Measured at 150 open (5,104 columns), load 7.7: 0.22 s,
     * where PDLP took 0.83 s and GLOP's defaults 0.46 s (at 300 open, 19,443 columns: 1.4–2.9 s, no
     * faster than {@link Method#PDLP_BESIDE}).
     */
    static final int GLOP_OPEN_UP_TO = 8_000;
    private final CompiledInstance c;
    /** Per participant and allowed index, whether the pair is a column; null: all are. */
    private final boolean[][] kept;
    private final List<double[]> colBounds = new ArrayList<>();
    /** Whether each column is an assignment or retention variable (integer in the exact MIP, {@link MipReference}). */
    private final List<Boolean> colIntegral = new ArrayList<>();
    private final List<Double> colObj = new ArrayList<>();
    private final List<double[]> rowBounds = new ArrayList<>();
    private final List<int[]> rowCols = new ArrayList<>();
    private final List<double[]> rowCoefs = new ArrayList<>();

    /** How the relaxation is solved: which LP solver, with which parameters. */
    enum Method {
        GLOP("GLOP", null),
        /** Dual simplex without presolve or scaling: on open workshops, see {@link #GLOP_OPEN_UP_TO}. */
        GLOP_DUAL("GLOP", "use_preprocessing: false use_dual_simplex: true use_scaling: false"),
        /** Measured: ≈ 2.5 s at 3,000 participants and 10 s at 10,000, within 0.1 % of the exact LP value. */
        PDLP("PDLP", "num_threads: 2 termination_criteria { simple_optimality_criteria {"
                + " eps_optimal_absolute: 3e-5 eps_optimal_relative: 3e-5 } }"),
        /**
         * Beside the search of a dense workshop (the other core is the search's): one thread, a looser
         * tolerance. Measured at 300 open (19,443 columns), alone at load 4: 1.1 s for a bound of 2,722.3 (the
         * LP value is 2,722.1), where {@link #PDLP} took 2.5 s; at 1e-3, 0.5 s but a bound of 2,727.5 and a
         * solution whose rounding was 3 % short instead of 0.5 %.
         */
        PDLP_BESIDE("PDLP", "num_threads: 1 termination_criteria { simple_optimality_criteria {"
                + " eps_optimal_absolute: 1e-4 eps_optimal_relative: 1e-4 } }"),
        /**
         * A quick solution to round, on one thread (see {@link SampledLp}): at 1,000 open, 0.6–0.7 s where
         * {@link #PDLP_BESIDE} took 1.6–2.8 s, rounded to 8,914–8,925 instead of 8,961–9,071.
         */
        PDLP_ROUGH("PDLP", "num_threads: 1 termination_criteria { simple_optimality_criteria {"
                + " eps_optimal_absolute: 1e-3 eps_optimal_relative: 1e-3 } }"),
        /**
         * Rougher still, for a second or so (see {@link SampledLp}): at 1,000 open 0.5–0.7 s where {@link #PDLP_ROUGH}
         * took 0.7–0.8 s, rounded alike; a looser start for the Lagrangian bound (seed 2 at 5 s: 9,221 against 9,206).
         */
        PDLP_QUICK("PDLP", "num_threads: 1 termination_criteria { simple_optimality_criteria {"
                + " eps_optimal_absolute: 2e-3 eps_optimal_relative: 2e-3 } }");

        final String solver;
        final String params;

        Method(String solver, String params) {
            this.solver = solver;
            this.params = params;
        }

        /** For a relaxation of {@code columns} columns; {@code beside}: see {@link LpBound#of(CompiledInstance, double, boolean)}. */
        static Method of(int columns, boolean open, boolean beside) {
            if (columns <= (open ? GLOP_OPEN_UP_TO : GLOP_UP_TO)) {
                return open ? GLOP_DUAL : GLOP;
            }
            return beside ? PDLP_BESIDE : PDLP;
        }
    }

    private LpBound(CompiledInstance c, boolean[][] kept) {
        this.c = c;
        this.kept = kept;
    }

    private int col(double ub, double obj) {
        return col(ub, obj, false);
    }

    private int col(double ub, double obj, boolean integral) {
        colBounds.add(new double[] {0, ub});
        colIntegral.add(integral);
        colObj.add(obj);
        return colObj.size() - 1;
    }

    private void row(double lb, double ub, int[] cols, double[] coefs) {
        rowBounds.add(new double[] {lb, ub});
        rowCols.add(cols);
        rowCoefs.add(coefs);
    }

    /**
     * Solves the relaxation (at most {@code seconds}) and returns the proven bound and the LP
     * solution; null when the LP solver is not available or the relaxation itself has no solution
     * (then no plan exists either).
     */
    static Result of(CompiledInstance c, double seconds) {
        return of(c, seconds, false);
    }

    /**
     * As {@link #of(CompiledInstance, double)}; {@code beside} when the search keeps the other core busy
     * meanwhile (a dense workshop): then a large LP is solved on one thread, to a looser tolerance.
     */
    static Result of(CompiledInstance c, double seconds, boolean beside) {
        if (!CpSat.available()) {
            return null;
        }
        LpBound lp = build(c);
        return lp.solve(seconds, Method.of(lp.columnCount(), !c.settings().onlyChosenProjects(), beside));
    }

    /**
     * The relaxation on the pairs {@code kept} only (see {@link SampledLp}), solved by {@code method}: a solution of
     * the whole relaxation too, to round, but no bound ({@code Long.MAX_VALUE}). Pairs left out could score more,
     * and pricing them with its duals gave no use: 125,000 at 1,000 open, where the LP is 9,094. Null when cut by
     * {@code seconds}.
     */
    static Result onPairs(CompiledInstance c, boolean[][] kept, double seconds, Method method) {
        return onPairs(c, kept, lp -> lp.solve(seconds, method));
    }

    /**
     * As {@link #onPairs}, by PDLP with these parameters (a text {@code PrimalDualHybridGradientParams}): cut by
     * {@code seconds}, its last iterate stands for the solution ({@link #solveAnytime}). Building the request takes
     * longer than loading the model into {@link MPSolver} (1,000 open, 20,000 columns, a fresh process: 0.17 s).
     */
    static Result onPairsByPdlp(CompiledInstance c, boolean[][] kept, double seconds, String params) {
        return onPairs(c, kept, lp -> lp.solveAnytime(seconds, params));
    }

    private static Result onPairs(CompiledInstance c, boolean[][] kept, Function<LpBound, Result> solve) {
        if (!CpSat.available()) {
            return null;
        }
        LpBound lp = new LpBound(c, kept);
        lp.build();
        return solve.apply(lp);
    }

    /** Solved by {@code method} whatever its size (to check each one's bound). */
    static Result of(CompiledInstance c, double seconds, Method method) {
        return CpSat.available() ? build(c).solve(seconds, method) : null;
    }

    /** The rows and columns of the relaxation; x and y are the integral columns, the rest follow from them. */
    static LpBound build(CompiledInstance c) {
        LpBound lp = new LpBound(c, null);
        lp.build();
        return lp;
    }

    private int[] y;
    private int[][] x;
    /** Per participant, its row "in at most one team", or −1 (one allowed pair: none). */
    private int[] personRow;
    /** Per proposal and skill, the row "covered ≤ Σ holders", or −1. */
    private int[][] skillRow;
    private double constant;

    private void build() {
        var s = c.settings();
        var w = c.weights();
        int n = c.participantCount();
        int teams = c.proposalCount();
        constant = (double) w.unassigned() * n;
        y = new int[teams];
        for (int t = 0; t < teams; t++) {
            y[t] = col(1, -(double) w.extraMinistry() * s.minDistinctMinistries(), true);
        }
        x = new int[n][];
        personRow = new int[n];
        skillRow = new int[teams][];
        List<List<Integer>> membersOf = new ArrayList<>();
        List<List<Integer>> peopleOf = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            membersOf.add(new ArrayList<>());
            peopleOf.add(new ArrayList<>());
        }
        for (int p = 0; p < n; p++) {
            int[] allowed = c.allowed(p);
            x[p] = new int[allowed.length];
            List<Integer> own = new ArrayList<>();
            for (int i = 0; i < allowed.length; i++) {
                int t = allowed[i];
                // Locks and proposers held in their proposal have rows of their own: always columns.
                if (kept != null && !kept[p][i] && t != c.lockOf(p) && !c.isProposerOf(p, t)) {
                    x[p][i] = -1;
                    continue;
                }
                x[p][i] = col(1, (double) c.allowedWeight(p)[i] - w.unassigned(), true);
                membersOf.get(t).add(x[p][i]);
                own.add(x[p][i]);
                peopleOf.get(t).add(p);
                // Disaggregated "x ≤ y": measured at 300 open, a bound 1 % tighter than "Σ x ≤ max × y" alone and a far
                // more integral solution. On open workshops only where the pair scores a choice or brings a skill:
                // elsewhere it changed neither, and 300 open has 10,395 rows instead of 22,468 (LP 1.4–1.6 s instead
                // of 2.2–2.9 s). Workshops of chosen projects keep them all: without them the duals fixed less and
                // the proof at 3,000 chosen, 5.5 s with them, did not come in 60 s.
                if (c.settings().onlyChosenProjects() || c.allowedWeight(p)[i] > 0 || c.skillsBrought(p, t) > 0) {
                    row(Double.NEGATIVE_INFINITY, 0, new int[] {x[p][i], y[t]}, new double[] {1, -1});
                }
            }
            personRow[p] = own.size() > 1 ? rowBounds.size() : -1;
            if (own.size() > 1) {
                row(Double.NEGATIVE_INFINITY, 1, own.stream().mapToInt(Integer::intValue).toArray(), ones(own.size()));
            }
            if (c.lockOf(p) >= 0) {
                int i = c.allowedIndex(p, c.lockOf(p));
                row(1, 1, new int[] {x[p][i]}, new double[] {1});
            }
        }
        for (int t = 0; t < teams; t++) {
            List<Integer> members = membersOf.get(t);
            List<Integer> people = peopleOf.get(t);
            int[] cols = plus(members, y[t]);
            row(0, Double.POSITIVE_INFINITY, cols, coefs(members.size(), -c.minSize(t)));
            if (members.size() > c.maxSize(t)) {
                row(Double.NEGATIVE_INFINITY, 0, cols, coefs(members.size(), -c.maxSize(t)));
            }
            Map<Integer, List<Integer>> byMinistry = new java.util.TreeMap<>();
            for (int i = 0; i < members.size(); i++) {
                byMinistry.computeIfAbsent(c.ministryOf(people.get(i)), k -> new ArrayList<>()).add(members.get(i));
            }
            List<Integer> present = new ArrayList<>();
            for (List<Integer> from : byMinistry.values()) {
                if (from.size() > s.maxPerMinistry()) {
                    row(Double.NEGATIVE_INFINITY, 0, plus(from, y[t]), coefs(from.size(), -s.maxPerMinistry()));
                }
                int z = col(1, w.extraMinistry());
                present.add(z);
                linkPresence(z, from, y[t], w.extraMinistry());
            }
            if (s.minDistinctMinistries() > 0) {
                row(0, Double.POSITIVE_INFINITY, plus(present, y[t]), coefs(present.size(), -s.minDistinctMinistries()));
            }
            skillRow[t] = new int[c.proposalSkills(t).length];
            Arrays.fill(skillRow[t], -1);
            if (w.skillCovered() != 0) {
                for (int at = 0; at < c.proposalSkills(t).length; at++) {
                    int k = c.proposalSkills(t)[at];
                    List<Integer> holders = new ArrayList<>();
                    for (int i = 0; i < members.size(); i++) {
                        if (c.hasSkill(people.get(i), k)) {
                            holders.add(members.get(i));
                        }
                    }
                    if (!holders.isEmpty()) {
                        skillRow[t][at] = rowBounds.size() + (w.skillCovered() < 0 ? holders.size() : 0);
                        linkPresence(col(1, w.skillCovered()), holders, y[t], w.skillCovered());
                    }
                }
            }
            for (int p : c.proposersOf(t)) {
                int i = c.allowedIndex(p, t);
                row(0, Double.POSITIVE_INFINITY, new int[] {x[p][i], y[t]}, new double[] {1, -1});
            }
        }
        if (s.maxTeams() < teams) {
            row(Double.NEGATIVE_INFINITY, s.maxTeams(), y, ones(teams));
        }
        for (int[] pair : c.apartPairs()) {
            for (int[] ij : common(pair)) {
                row(Double.NEGATIVE_INFINITY, 1, new int[] {x[pair[0]][ij[0]], x[pair[1]][ij[1]]}, new double[] {1, 1});
            }
        }
        if (w.together() != 0) {
            for (int[] pair : c.togetherPairs()) {
                for (int[] ij : common(pair)) {
                    int g = col(1, w.together());
                    int a = x[pair[0]][ij[0]];
                    int b = x[pair[1]][ij[1]];
                    if (w.together() > 0) {
                        row(Double.NEGATIVE_INFINITY, 0, new int[] {g, a}, new double[] {1, -1});
                        row(Double.NEGATIVE_INFINITY, 0, new int[] {g, b}, new double[] {1, -1});
                    } else {
                        row(-1, Double.POSITIVE_INFINITY, new int[] {g, a, b}, new double[] {1, -1, -1});
                    }
                }
            }
        }
    }

    /** The teams both of a pair may join ({@link CompiledInstance#commonAllowed}) where both pairs are columns. */
    private List<int[]> common(int[] pair) {
        return c.commonAllowed(pair[0], pair[1]).stream().filter(ij -> x[pair[0]][ij[0]] >= 0 && x[pair[1]][ij[1]] >= 0).toList();
    }

    /** Solves the relaxation built by {@link #build()}. */
    private Result solve(double seconds, Method method) {
        long start = System.nanoTime();
        MPSolver solver = MPSolver.createSolver(System.getProperty("equipage.lp.solver", method.solver));
        String params = System.getProperty("equipage.lp.params", method.params);
        if (params != null && solver != null) {
            boolean ok = solver.setSolverSpecificParametersAsString(params);
            if (DEBUG) {
                System.err.println("lp params " + ok);
            }
        }
        if (DEBUG) {
            System.err.println("lp solver " + solver);
        }
        if (solver == null) {
            return null;
        }
        try {
            int cols = colObj.size();
            int rows = rowBounds.size();
            MPConstraint[] ct = new MPConstraint[rows];
            MPVariable[] v = load(solver, ct, false);
            MPObjective obj = solver.objective();
            solver.setTimeLimit(Math.max(1, (long) (seconds * 1000)));
            MPSolver.ResultStatus status = solver.solve();
            if (DEBUG) {
                System.err.printf("lp cols=%d rows=%d status=%s %.2fs%n", cols, rows, status, (System.nanoTime() - start) / 1e9);
            }
            // NOT_SOLVED (cut by the time limit before a first iterate) has no duals: reading them only
            // logs an error per row, and zero multipliers would give a useless bound.
            if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
                return null;
            }
            double[] dual = new double[rows];
            for (int r = 0; r < rows; r++) {
                dual[r] = ct[r].dualValue();
            }
            double[] value = new double[cols];
            for (int j = 0; j < cols; j++) {
                value[j] = v[j].solutionValue();
            }
            return result(value, dual, obj.value(), start);
        } finally {
            solver.delete();
        }
    }

    /**
     * Solves the relaxation by PDLP through a model request, and keeps its last iterate when the time limit cuts it
     * ({@code MPSolver.solve} drops it then): an approximate solution still rounds to a plan, and its multipliers
     * still give a valid bound (weak duality, see the class doc). Null when PDLP returned no iterate at all.
     */
    private Result solveAnytime(double seconds, String params) {
        long start = System.nanoTime();
        int cols = colObj.size();
        int rows = rowBounds.size();
        MPModelRequest request = MPModelRequest.newBuilder().setModel(proto())
                .setSolverType(MPModelRequest.SolverType.PDLP_LINEAR_PROGRAMMING)
                .setSolverSpecificParameters(params).setSolverTimeLimitSeconds(Math.max(0.01, seconds)).build();
        MPSolutionResponse response = MPSolver.solveWithProto(request);
        if (DEBUG) {
            System.err.printf("lp by request cols=%d rows=%d status=%s %.2fs%n", cols, rows, response.getStatus(),
                    (System.nanoTime() - start) / 1e9);
        }
        if (response.getVariableValueCount() != cols || response.getDualValueCount() != rows) {
            return null;
        }
        double[] value = new double[cols];
        double objective = 0;
        for (int j = 0; j < cols; j++) {
            value[j] = response.getVariableValue(j);
            objective += colObj.get(j) * value[j];
        }
        double[] dual = new double[rows];
        for (int r = 0; r < rows; r++) {
            dual[r] = response.getDualValue(r);
        }
        return result(value, dual, objective, start);
    }

    /**
     * The relaxation as a model message (1,000 open, 20,000 columns: with the solve cut at once, 0.06–0.08 s; 0.17 s the
     * first time in a process).
     */
    private MPModelProto proto() {
        MPModelProto.Builder model = MPModelProto.newBuilder().setMaximize(true);
        int cols = colObj.size();
        int rows = rowBounds.size();
        for (int j = 0; j < cols; j++) {
            double[] b = colBounds.get(j);
            model.addVariable(MPVariableProto.newBuilder().setLowerBound(b[0]).setUpperBound(b[1])
                    .setObjectiveCoefficient(colObj.get(j)));
        }
        for (int r = 0; r < rows; r++) {
            double[] b = rowBounds.get(r);
            MPConstraintProto.Builder row = MPConstraintProto.newBuilder().setLowerBound(b[0]).setUpperBound(b[1]);
            int[] rc = rowCols.get(r);
            double[] rv = rowCoefs.get(r);
            for (int k = 0; k < rc.length; k++) {
                row.addVarIndex(rc[k]).addCoefficient(rv[k]);
            }
            model.addConstraint(row);
        }
        return model.build();
    }

    /** The result of the columns' values, the rows' multipliers and the objective without {@link #constant}. */
    private Result result(double[] value, double[] dual, double objective, long start) {
        int cols = colObj.size();
        int n = c.participantCount();
        int teams = c.proposalCount();
        double[] plus = new double[cols];
        double[] minus = new double[cols];
        double up = lagrangian(dual, 1, constant, plus);
        double down = lagrangian(dual, -1, constant, minus);
        double bound = Math.min(up, down);
        double[] reduced = up <= down ? plus : minus;
        double[] ys = new double[teams];
        for (int t = 0; t < teams; t++) {
            ys[t] = value[y[t]];
        }
        double[][] xs = new double[n][];
        for (int p = 0; p < n; p++) {
            xs[p] = new double[x[p].length];
            for (int i = 0; i < x[p].length; i++) {
                xs[p][i] = x[p][i] < 0 ? 0 : value[x[p][i]];
            }
        }
        double lp = objective + constant;
        if (!Double.isFinite(bound)) {
            return null;
        }
        Duals duals = duals(dual, up <= down ? 1 : -1);
        if (kept != null) {
            return new Result(Long.MAX_VALUE, ys, xs, lp, (System.nanoTime() - start) / 1e9, null, duals);
        }
        return new Result((long) Math.floor(bound), ys, xs, lp, (System.nanoTime() - start) / 1e9,
                ReducedCosts.of(bound, reduced, y, x), duals);
    }

    /** The multipliers of the participants' and skills' rows, with the sign that gave the bound, each at least 0. */
    private Duals duals(double[] dual, int sign) {
        double[] person = new double[personRow.length];
        for (int p = 0; p < person.length; p++) {
            person[p] = personRow[p] < 0 ? 0 : Math.max(0, sign * dual[personRow[p]]);
        }
        double[][] skill = new double[skillRow.length][];
        for (int t = 0; t < skill.length; t++) {
            skill[t] = new double[skillRow[t].length];
            for (int i = 0; i < skill[t].length; i++) {
                skill[t][i] = skillRow[t][i] < 0 ? Double.NaN : Math.max(0, sign * dual[skillRow[t][i]]);
            }
        }
        return new Duals(person, skill);
    }

    /** Puts the model into {@code solver} (x and y integral when {@code integral}); fills {@code ct}, returns the columns. */
    MPVariable[] load(MPSolver solver, MPConstraint[] ct, boolean integral) {
        int cols = colObj.size();
        MPVariable[] v = new MPVariable[cols];
        MPObjective obj = solver.objective();
        for (int j = 0; j < cols; j++) {
            double[] b = colBounds.get(j);
            v[j] = integral && colIntegral.get(j) ? solver.makeIntVar(b[0], b[1], "") : solver.makeNumVar(b[0], b[1], "");
            obj.setCoefficient(v[j], colObj.get(j));
        }
        obj.setMaximization();
        for (int r = 0; r < ct.length; r++) {
            double[] b = rowBounds.get(r);
            ct[r] = solver.makeConstraint(b[0], b[1], "");
            int[] rc = rowCols.get(r);
            double[] rv = rowCoefs.get(r);
            for (int k = 0; k < rc.length; k++) {
                ct[r].setCoefficient(v[rc[k]], rv[k]);
            }
        }
        return v;
    }

    int rowCount() {
        return rowBounds.size();
    }

    int columnCount() {
        return colObj.size();
    }

    /** The score's constant part (every participant unassigned), left out of the columns' objective. */
    double constant() {
        return constant;
    }

    /** "present ≤ Σ members" and "present ≤ y"; when present costs points, also "present ≥ each member". */
    private void linkPresence(int z, List<Integer> from, int y, int weight) {
        if (weight < 0) {
            for (int member : from) {
                row(Double.NEGATIVE_INFINITY, 0, new int[] {member, z}, new double[] {1, -1});
            }
        }
        int[] cols = new int[from.size() + 1];
        double[] coefs = new double[from.size() + 1];
        cols[0] = z;
        coefs[0] = 1;
        for (int i = 0; i < from.size(); i++) {
            cols[i + 1] = from.get(i);
            coefs[i + 1] = -1;
        }
        row(Double.NEGATIVE_INFINITY, 0, cols, coefs);
        row(Double.NEGATIVE_INFINITY, 0, new int[] {z, y}, new double[] {1, -1});
    }

    /**
     * The weak-duality bound for multipliers {@code sign × dual}: valid for any multipliers, with a
     * margin for rounding errors; {@code reduced} receives each column's reduced cost.
     */
    double lagrangian(double[] dual, int sign, double constant, double[] reduced) {
        int cols = colObj.size();
        for (int j = 0; j < cols; j++) {
            reduced[j] = colObj.get(j);
        }
        double total = constant;
        double magnitude = Math.abs(constant);
        for (int r = 0; r < dual.length; r++) {
            double l = sign * dual[r];
            double[] b = rowBounds.get(r);
            // max over a ∈ [lb, ub] of l·a; a multiplier pointing at an infinite side is dropped (l = 0).
            if (l > 0 && b[1] == Double.POSITIVE_INFINITY || l < 0 && b[0] == Double.NEGATIVE_INFINITY
                    || l == 0 || !Double.isFinite(l)) {
                continue;
            }
            double term = l > 0 ? l * b[1] : l * b[0];
            total += term;
            magnitude += Math.abs(term);
            int[] rc = rowCols.get(r);
            double[] rv = rowCoefs.get(r);
            for (int k = 0; k < rc.length; k++) {
                reduced[rc[k]] -= l * rv[k];
                magnitude += Math.abs(l * rv[k]);
            }
        }
        for (int j = 0; j < cols; j++) {
            double[] b = colBounds.get(j);
            double term = Math.max(reduced[j] * b[0], reduced[j] * b[1]);
            total += term;
            magnitude += Math.abs(term);
        }
        return total + 1e-9 * magnitude + 1e-6;
    }

    private static double[] ones(int k) {
        double[] a = new double[k];
        Arrays.fill(a, 1);
        return a;
    }

    private static double[] coefs(int k, double last) {
        double[] a = new double[k + 1];
        Arrays.fill(a, 1);
        a[k] = last;
        return a;
    }

    private static int[] plus(List<Integer> cols, int last) {
        int[] a = new int[cols.size() + 1];
        for (int i = 0; i < cols.size(); i++) {
            a[i] = cols.get(i);
        }
        a[cols.size()] = last;
        return a;
    }
}
