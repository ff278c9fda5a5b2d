package fr.equipage.engine;

import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
import fr.equipage.model.Problem;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Finds a feasible plan of maximum score (spec §3–§4) with a proven upper bound.
 *
 * <p>At every size the LP relaxation ({@link LpBound}) gives a proven bound (recomputed from its duals),
 * so the bound shown is never a trivial sum even when CP-SAT's own search has not closed, and a plan
 * rounded from it; from 2,000 participants, CP-SAT large-neighbourhood search improves that plan.
 * On dense workshops a {@link LagrangianBound} gives a bound within the first seconds. Past {@link #LP_MAX_PAIRS}
 * pairs, where the LP never finishes (or past fewer in a short limit), the LP on a sample of pairs ({@link SampledLp})
 * gives the plan, and its multipliers start the Lagrangian bound, on its own thread; once that has settled, CP-SAT
 * searches that LP's support on the same thread ({@link SupportTask}) while the annealing goes on from its rounding.
 * <p>Once the LP has finished, CP-SAT first searches the pairs its solution uses ({@link LpSupportSearch}:
 * on nearly integral LPs, the optimum), and the proof runs on the whole model restricted to plans better
 * than the best one, with every variable the LP's reduced costs fix there fixed ({@link ReducedCosts}).
 * <p>First a greedy construction and a local search give a plan within milliseconds; CP-SAT then
 * starts from it (a complete hint) and proves the optimum or improves plan and bound until the time
 * limit. The score reported is always the {@link Scorer}'s, computed from the assignment. When no
 * feasible plan exists, an {@link InfeasibilityExplainer} names the rules that clash and the
 * least-violating plan is returned with its violations.
 *
 * <pre>{@code
 * SolveResult r = Solver.solve(instance, SolveOptions.defaults()
 *         .withTimeLimit(Duration.ofSeconds(20))
 *         .withProgress(p -> Platform.runLater(() -> bar.update(p)))
 *         .withCancel(token));
 * }</pre>
 */
public final class Solver {
    /** Deterministic work units CP-SAT may spend per second of time limit (measured ≈ 0.25–0.5 on 2 cores). */
    static final double DETERMINISTIC_UNITS_PER_SECOND = 0.3;
    /**
     * From this many participants, CP-SAT only re-forms clusters of teams (LNS) from the LP-rounded plan,
     * with the LP bound; the whole model is not solved (measured at 3,000: 0.2 % gap in 22 s this way,
     * 0.6 % when the whole model runs after the LP; at 10,000 the whole model never helps in 60 s).
     */
    static final int LNS_FROM = 2000;
    static final int LNS_ROUNDS = 100_000;
        /**
     * From this many allowed (participant, proposal) pairs, a workshop is dense (typically
     * {@code onlyChosenProjects: false}): after the LP rounding, CP-SAT re-forms clusters of teams (LNS)
     * for {@link #DENSE_LNS_SHARE} of the time left, then works on the whole model with that plan as hint.
     * Measured at 300 open (18,000 pairs): the whole model alone gained 0.2 % in 20 s.
     */
    static final int DENSE_PAIRS = 10_000;
    static final double DENSE_LNS_SHARE = 0.6;
    /**
     * From {@link #LNS_FROM}, the LP may use this share of the time left after the first local search: without
     * it the plan stays the greedy one (at 3,000 in 5 s, load 5–12: 13,120–13,823 instead of 16,300). With
     * half, PDLP (about 2.5 s there) missed its limit in 1 run of 7 before this change and 5 of 7 with it.
     */
    static final double LARGE_LP_SHARE = 0.8;
    /**
     * The LP may use this share of the time limit (beside the local search; its rounded plan, the best start on
     * dense workshops, takes a moment). 300 open at 2 s, load 7.5: with 0.95, 0.6 % short; with 0.85 cut, 14 %.
     */
    static final double LP_SHARE = 0.95;
    /** Measured: at 1,000 open (200,000 pairs) PDLP had not finished after 30 s; at 300 open (18,000) it takes 1.5–5 s. */
    static final int LP_MAX_PAIRS = 100_000;
    /** The search on the LP's support ({@link LpSupportSearch}) may use this share of the time left, at most this long. */
    static final double SUPPORT_SHARE = 0.3;
    static final double SUPPORT_MAX_SECONDS = 15;
    /** Subgradient steps of the {@link LagrangianBound} before the LP on dense workshops (at most a tenth of the limit, 3 s). */
    static final int LAGRANGIAN_STEPS = 2000;
    static final long LAGRANGIAN_MAX_NANOS = 3_000_000_000L;
    /**
     * Above this many pairs in the LP's support, LNS does better with the time (measured at 3,000: 3,300
     * pairs, the optimum in 8 s; at 10,000: 11,000 pairs, 15 s for nothing or a plan 0.2 % short, and a
     * final gap of 0.48–0.55 % at 60 s, load 6–9, where LNS alone then reached 0.14–0.29 %).
     */
    static final int SUPPORT_MAX_PAIRS = 6_000;

    private static final boolean DEBUG = Boolean.getBoolean("equipage.solver.debug");
    private final CompiledInstance c;
    private final SolveOptions o;
    private final long start = System.nanoTime();
    private final long deadline;
    private ScoreState best;
    /** A proven upper bound on the score (spec §4): the one reported. */
    private volatile Long bound;
    /**
     * A proven upper bound on what the search maximises ({@link ScoreState#objective()}): the score
     * itself on a first run, the score less the stability cost on a re-run. The search stops once
     * the best plan reaches it.
     */
    private volatile Long objectiveBound;
    private Long lpBound;
    /** The LP's result, for reduced-cost fixing in the proof (null until it finished). */
    private LpBound.Result lp;
    private Duration firstFeasible;
    private Duration bestAt;
    private long lastImprovement = System.nanoTime();
    private String method = "heuristic";
    private boolean timedOut;
    /** The Lagrangian bound on its own thread, where it runs alongside the search (null elsewhere). */
    private LagrangianTask lagrangian;

    private Solver(CompiledInstance c, SolveOptions o) {
        this.c = c;
        this.o = o;
        this.deadline = start + o.timeLimit().toNanos();
    }

    /**
     * Solves a valid instance. Throws {@link IllegalArgumentException} listing the problems when the
     * instance breaks spec §1 (check with {@link InstanceValidator} first to show them nicely).
     */
    public static SolveResult solve(Instance instance, SolveOptions options) {
        List<Problem> problems = InstanceValidator.validate(instance);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("instance invalide : " + problems);
        }
        return new Solver(CompiledInstance.of(instance, options.start()), options).run();
    }

    public static SolveResult solve(Instance instance) {
        return solve(instance, SolveOptions.defaults());
    }

    private SolveResult run() {
        LocalSearch ls = new LocalSearch(c, o.seed());
        ScoreState s = ls.construct();
        if (c.start() != null) {
            // A re-run starts from the board: offered first, so a plan only as good never replaces it.
            ScoreState board = c.start().state(c);
            offer(board, "current-board");
            if (board.feasible() && (!s.feasible() || board.objective() >= s.objective())) {
                s = board;
            }
        }
        offer(s, "heuristic");
        boolean cpSat = o.useCpSat() && CpSat.available();
        boolean large = cpSat && c.participantCount() >= LNS_FROM;
        boolean dense = cpSat && !large && c.allowedPairCount() >= DENSE_PAIRS;
        // The LP starts at once on its own thread: on dense workshops it takes seconds, the local search runs
        // meanwhile. Not on large ones: there the local search needs both cores to find a first feasible plan
        // (measured at 10,000: none before the LP's, at 9 s, instead of 0.8 s).
        // Past LP_MAX_PAIRS the LP never finishes in time and its two threads slow LNS down; below, it comes too late in a
        // short limit (SampledLp.replacesWholeLp). There the LP on a sample of pairs and the Lagrangian bound.
        boolean lpHopeless = dense && (c.allowedPairCount() > LP_MAX_PAIRS
                || c.start() == null && SampledLp.replacesWholeLp(c.allowedPairCount(), o.timeLimit()));
        LpTask lpTask = cpSat && !large && !lpHopeless
                ? LpTask.start(c, Math.max(0.3, o.timeLimit().toNanos() / 1e9 * LP_SHARE), dense) : null;
        // Measured from now: loading the native library may itself take a second or two.
        long lsDeadline = Math.min(deadline, System.nanoTime() + LocalSearchBudget.nanos(large, dense, lpHopeless, cpSat, o.timeLimit()));
        LpTask lpRun = dense ? lpTask : null; // On a dense workshop the annealing gives way to the LP's rounded plan.
        // No whole LP there: the LP on a sample of pairs on the other core from now (its rounding comes at 1–2 s), the
        // flow's plan here, then rounds of team exchanges and annealing until the LP's rounding comes, and one annealing
        // from it (1,000 open, seeds 1–3, 5 s, before that annealing: 8,999, 9,048, 9,015; 8,832, 8,806, 8,874 with the
        // flow and rounds alone; 8,707, 8,707, 8,751 with the annealing alone).
        double left = secondsLeft();
        long lpStart = System.nanoTime();
        LpTask sampled = lpHopeless && c.start() == null ? SampledLp.start(c, s, o.seed(), left) : null;
        ScoreState flow = sampled != null ? FlowStart.from(c, s, ls, this::stopped) : null;
        if (flow != null && flow.feasible() && flow.objective() > s.objective()) {
            offer(s = flow, "flow");
            ls.startTemperature = FlowStart.START_TEMPERATURE;
            // Here the search until the LP is done (it may not be, in a short limit). The Lagrangian bound waits for the
            // LP's multipliers (SampledLp.boundWait). Seeds 1–3 against the bound beside the LP from the start, 1,000
            // open: 3 s +55, +12, +39; 4 s +21, +40, +28; 5 s +27, +65, +68; 600 open 4 s +27, +46, +1, 5 s within the
            // noise (seed 1 three times: −8 on average); bounds alike or lower.
            lagrangian = LagrangianTask.startAfter(c, this::bestTotal, LagrangianTask.STEPS_NO_LP, deadline,
                    this::lagrangianBound, lpStart + (long) (SampledLp.boundWait(c.participantCount(), left) * 1e9), sampled::isDone);
            TeamSetSearch sets = new TeamSetSearch(c, ls, o.seed());
            s = sets.rounds(s, lsDeadline, () -> stopped() || sampled.isDone(), x -> offer(x, "team-set"));
            LpBound.Result r = sampled.await(o.cancel(), lsDeadline);
            ScoreState searched = best.copy();
            // With time enough, the Lagrangian bound first settles, then CP-SAT takes that core until the search ends.
            boolean searchSupport = r != null && !stopped() && SupportTask.worthIt(r.x(), lsDeadline);
            ScoreState rounded = sampledRounding(s, ls, r, searchSupport ? System.nanoTime() + (long) (SupportTask.LAGRANGIAN_SECONDS * 1e9) : deadline);
            boolean fromLp = rounded != s;
            s = rounded;
            SupportTask support = null;
            if (searchSupport) {
                support = SupportTask.start(c, r.x(), List.of(searched, s.copy()), o, lagrangian, lsDeadline,
                        x -> offer(x, "lp-support"), this::closed);
            }
            // From the rounding, one annealing cooled until the search's end, then the climb: the team-set rounds found
            // little more there, and each short annealing of theirs gained less than the one before (1,000 open, seed 2,
            // 5 s: exchanges +23 in 1.2 s, annealing +80, then +2). Seeds 1–3 at 3 s (5 s), against the rounds: 450 open
            // −3, +25, +36 (0, 0, −1); 600 open +5, +27, +39 (+40, +32, −8); 1,000 open +14, +52, +41 (+35, +47, −8).
            // At 10 s, seeds 1–2: 600 open +6, +2; 1,000 open +8, +29. Without a rounding (no LP in time), the rounds.
            if (fromLp) {
                ls.anneal(s, lsDeadline, this::stopped, x -> offer(x, "lp-rounding"));
                FlowStart.climb(c, s, this::stopped);
                offer(s, "lp-rounding");
            } else {
                s = sets.rounds(s, lsDeadline, this::stopped, x -> offer(x, "team-set"));
            }
            if (support != null) {
                // Its time is over unless the solve was cancelled: then the support search must not wait for it.
                lagrangian.stop();
                support.join();
                // The bound goes on beside LNS, from the LP's multipliers again.
                lagrangian = startLagrangian(r.duals(), LagrangianTask.STEPS_NO_LP, deadline);
                s = bestIfBetter(s);
            }
        } else {
            ls.improve(s, LocalSearchBudget.moves(c, dense, lpHopeless, o.timeLimit()), lsDeadline,
                    () -> stopped() || System.nanoTime() > lsDeadline || lpRun != null && lpRun.isDone(), x -> offer(x, "heuristic"));
        }
        offer(s, "heuristic");
        if (lpHopeless && best != null && lagrangian == null) {
            // The only bound there, on the other core beside LNS (one CP-SAT worker) until the deadline.
            lagrangian = startLagrangian(LagrangianTask.STEPS_NO_LP, deadline);
        }
        if (dense && !lpHopeless && best != null && !stopped()) {
            // The LP takes seconds there: a Lagrangian bound in the meantime.
            long lagDeadline = System.nanoTime() + Math.min(o.timeLimit().toNanos() / 10, LAGRANGIAN_MAX_NANOS);
            long lag = LagrangianBound.of(c, best.total(), LAGRANGIAN_STEPS, () -> stopped() || System.nanoTime() > lagDeadline);
            bound = bound == null ? lag : Math.min(bound, lag);
            // The score bounds the objective too (the stability cost is never negative).
            objectiveBound = objectiveBound == null ? lag : Math.min(objectiveBound, lag);
            progress("lagrangian");
        }
        CpSatLns lns = large || dense ? new CpSatLns(c, o.seed()) : null;
        if (dense && best != null && lpTask != null && !lpTask.isDone()) {
            // While the LP runs (seconds on a dense workshop), CP-SAT already re-forms clusters of teams.
            progress("cp-sat-lns");
            improveByLns(lns, best.copy(), lnsDeadline(), lpTask::isDone);
        }
        if (cpSat && large && !stopped()) {
            lpTask = LpTask.start(c, Math.max(0.5, secondsLeft() * LARGE_LP_SHARE), false);
        }
        if (lpTask != null) {
            progress("lp");
            lp = lpTask.await(o.cancel(), deadline + LpTask.GRACE_NANOS);
            if (lp != null) {
                lpBound = lp.bound();
                bound = bound == null ? lpBound : Math.min(bound, lpBound);
                // The score bounds the objective too (the stability cost is never negative).
                objectiveBound = objectiveBound == null ? lpBound : Math.min(objectiveBound, lpBound);
                progress("lp");
                // The LP's teams, rounded, are a far better start than the greedy one on large or open workshops.
                ScoreState r = ls.constructFrom(lp.y(), lp.x());
                offer(r, "lp-rounding");
                // Its short local search runs even when the LP came in its grace past the deadline (within it).
                long roundDeadline = Math.min(deadline + LpTask.GRACE_NANOS,
                        System.nanoTime() + LocalSearchBudget.roundingNanos(o.timeLimit()));
                ls.improve(r, LocalSearchBudget.roundingMoves(c, dense, o.timeLimit()), roundDeadline,
                        () -> closed() || o.cancel().isCancelled() || System.nanoTime() > roundDeadline, x -> offer(x, "lp-rounding"));
                offer(r, "lp-rounding");
                if (r.feasible() && (!s.feasible() || r.objective() > s.objective())) {
                    s = r;
                }
            }
        }
        CpSolverStatus status = null;
        if (lp != null && cpSat && best != null && !stopped() && !closed() && secondsLeft() > LpSupportSearch.MIN_SECONDS
                && LpSupportSearch.size(lp.x()) <= SUPPORT_MAX_PAIRS) {
            progress("cp-sat");
            var status0 = LpSupportSearch.run(c, lp.x(), best, o, Math.min(secondsLeft() * SUPPORT_SHARE, SUPPORT_MAX_SECONDS),
                    x -> offer(x, "lp-support"), this::closed);
            if (DEBUG) {
                System.err.printf("%.2f s: lp support %s, best %s%n", elapsed().toMillis() / 1000.0, status0, best.total());
            }
        }
        if (lns != null && best != null && !stopped() && !closed()) {
            progress("cp-sat-lns");
            // On a dense workshop the whole model, restricted to better plans by reduced costs, takes over
            // once LNS stalls (it finds better plans too, and proves).
            improveByLns(lns, best.copy(), large || lpHopeless ? deadline : lnsDeadline(), () -> !large && stalled());
            timedOut = !o.cancel().isCancelled() && !closed();
            if (dense && best != null) {
                s = best.copy();
            }
        }
        if (cpSat && best != null) {
            // Always valid, if loose: keeps the bound shown sensible when neither the LP nor CP-SAT finished.
            long quick = RelaxationBound.of(c);
            bound = bound == null ? quick : Math.min(bound, quick);
            objectiveBound = objectiveBound == null ? quick : Math.min(objectiveBound, quick);
        }
        if (cpSat && !large && !stopped() && !closed()) {
            status = runCpSat(s);
        } else if (!cpSat && best != null) {
            bound = RelaxationBound.of(c);
        }
        if (lagrangian != null) {
            lagrangian.stop();
        }
        if (best != null) {
            Plan plan = PlanMapping.toPlan(best, bound);
            return new SolveResult(plan, Optional.empty(), stats(cpSat));
        }
        // No feasible plan: either proven (CP-SAT said INFEASIBLE) or not found in time.
        if (!cpSat) {
            return new SolveResult(PlanMapping.toPlan(s, null), Optional.of(InfeasibilityExplainer.notFound(cpSatFailure())), stats(false));
        }
        progress("explaining");
        return new InfeasibilityExplainer(c, o.seed()).noPlan(s, this::secondsLeft, o.cancel(), () -> stats(true));
    }

    /**
     * The LP on a sample of pairs ({@link SampledLp}) rounded, where the search goes on from: even below s (offered
     * already), its teams lead further (600 open at 3 s: 5,436 against 5,372 from the better of the two). The Lagrangian
     * bound starts from its multipliers, where it comes within 0.1 % of the whole LP's in a second or two, and runs until
     * {@code lagrangianUntil}; without an LP, from the usual start until the deadline, and the search goes on from s.
     */
    private ScoreState sampledRounding(ScoreState s, LocalSearch ls, LpBound.Result r, long lagrangianUntil) {
        if (r == null || stopped()) {
            if (!lagrangian.started() && !stopped()) {
                // It waited for an LP that failed or came too late: it starts without it now.
                lagrangian.stop();
                lagrangian = startLagrangian(LagrangianTask.STEPS_NO_LP, deadline);
            }
            return s;
        }
        lagrangian.stop();
        lagrangian = startLagrangian(r.duals(), LagrangianTask.STEPS_NO_LP, lagrangianUntil);
        ScoreState rounded = ls.constructFrom(r.y(), r.x());
        offer(rounded, "lp-rounding");
        return rounded.feasible() ? rounded : s;
    }

    /** The best plan when it is better than s (found by another thread), else s. */
    private synchronized ScoreState bestIfBetter(ScoreState s) {
        return best.objective() > s.objective() ? best.copy() : s;
    }

    /** The Lagrangian bound on its own thread until {@code until}, aimed at the best plan's score as it rises. */
    private LagrangianTask startLagrangian(int steps, long until) {
        return startLagrangian(null, steps, until);
    }

    /** As above, from an LP's multipliers when not null. */
    private LagrangianTask startLagrangian(LpBound.Duals duals, int steps, long until) {
        return LagrangianTask.start(c, duals, this::bestTotal, steps, until, this::lagrangianBound);
    }

    private synchronized long bestTotal() {
        return best.total();
    }

    /** A better Lagrangian bound: on the score, and on the objective (the stability cost is never negative). */
    private synchronized void lagrangianBound(long b) {
        Long was = bound;
        bound = bound == null ? b : Math.min(bound, b);
        objectiveBound = objectiveBound == null ? b : Math.min(objectiveBound, b);
        if (!bound.equals(was)) {
            progress("lagrangian");
        }
    }

    /** Re-forms clusters of teams of {@code from} with CP-SAT until {@code until}, a proof, or {@code alsoStop}. */
    private void improveByLns(CpSatLns lns, ScoreState from, long until, java.util.function.BooleanSupplier alsoStop) {
        lns.withDeadline(until).improve(from, LNS_ROUNDS,
                () -> stopped() || closed() || System.nanoTime() > until || alsoStop.getAsBoolean(), x -> offer(x, "cp-sat-lns"));
    }

    /**
     * Whether LNS has found nothing better for a while, when the restricted whole model can take over
     * (it also finds better plans, and proves). Measured at 300 open, load 7.5: with 2 s (or a thirtieth
     * of the limit) the proof came at 13.6 s at a 30-s limit and 13.7 s at 60 s; with a tenth, 17–21 s.
     */
    private boolean stalled() {
        long stall = Math.max(2_000_000_000L, o.timeLimit().toNanos() / 30);
        return restricted() && System.nanoTime() - lastImprovement > stall;
    }

    /** On a dense workshop, LNS gets this much of the time left; the whole model the rest (to prove). */
    private long lnsDeadline() {
        return System.nanoTime() + (long) ((deadline - System.nanoTime()) * DENSE_LNS_SHARE);
    }

    /** Whether the best plan is proven best for what the search maximises. */
    private boolean closed() {
        Long b = objectiveBound;
        return best != null && b != null && best.objective() >= b;
    }

    private String cpSatFailure() {
        return o.useCpSat() ? CpSat.failure() : "CP-SAT désactivé";
    }

    /**
     * The whole model until a proof or the limit. With the LP's reduced costs it only looks for plans
     * better than the incumbent, with the variables reduced costs fix there (see {@link ReducedCosts}):
     * "none" is the proof. (Measured at 1,000: restarting it above each better plan it finds, where more
     * are fixed, was slower than letting it run; so was searching windows just below the LP bound first.)
     */
    private CpSolverStatus runCpSat(ScoreState hint) {
        double work = o.timeLimit().toMillis() / 1000.0 * DETERMINISTIC_UNITS_PER_SECOND;
        return solveWhole(new CpSolver(), hint, work, restricted() ? best.objective() : Long.MIN_VALUE);
    }

    /** On a first run with a plan and the LP's multipliers, CP-SAT only looks for plans above a floor. */
    private boolean restricted() {
        return lp != null && best != null && c.stabilityWeight() == 0;
    }

    /** One CP-SAT solve of the whole model, of plans scoring more than {@code floor} when restricted. */
    private CpSolverStatus solveWhole(CpSolver solver, ScoreState hint, double work, long floor) {
        progress("cp-sat");
        CpSatTeamModel model = CpSatTeamModel.build(c, CpSatTeamModel.Mode.OPTIMISE);
        model.hint(best != null ? best : hint);
        // Among the variables reduced costs leave free: "none" is then the proof (see ReducedCosts).
        boolean restricted = restricted();
        if (restricted) {
            int fixed = model.restrictToBetterThan(lp.reduced(), floor, objectiveBound == null ? lp.bound() : objectiveBound);
            if (DEBUG) {
                System.err.printf("%.2f s: restricted above %d (best %d, lp %d, bound %s): %d variables fixed%n",
                        elapsed().toMillis() / 1000.0, floor, best.total(), lp.bound(), bound, fixed);
            }
        }
        var p = solver.getParameters();
        p.setRandomSeed((int) (o.seed() ^ (o.seed() >>> 32)));
        double seconds = secondsLeft();
        p.setMaxTimeInSeconds(Math.max(0.05, seconds));
        if (o.deterministic()) {
            p.setNumWorkers(1);
            p.setMaxDeterministicTime(Math.max(0.05, work));
        } else {
            p.setNumWorkers(o.workers());
        }
        // Measured: the LP-heavy search proves these models optimal; the default portfolio stalls far from the bound.
        if (p.getNumWorkers() == 1) {
            p.setLinearizationLevel(2);
        } else {
            p.addSubsolvers("max_lp");
        }
        Runnable stop = solver::stopSearch;
        o.cancel().onCancel(stop);
        CpSolverStatus status;
        try {
            status = solver.solve(model.model, new CpSolverSolutionCallback() {
                @Override
                public void onSolutionCallback() {
                    // The bound is read here: OR-Tools 9.15's best-bound callback crashes the JVM from Java.
                    cpSatBound((long) Math.floor(bestObjectiveBound() + 1e-6));
                    offer(model.extract(CpSatTeamModel.values(this)), "cp-sat");
                }
            });
        } finally {
            o.cancel().remove(stop);
        }
        if (status == CpSolverStatus.OPTIMAL || status == CpSolverStatus.FEASIBLE) {
            offer(model.extract(solver::value), "cp-sat");
            cpSatBound((long) Math.floor(solver.bestObjectiveBound() + 1e-6));
            if (status == CpSolverStatus.OPTIMAL && best != null) {
                objectiveBound = best.objective();
                if (c.stabilityWeight() == 0) {
                    bound = best.total();
                }
            }
            timedOut = status == CpSolverStatus.FEASIBLE && !o.cancel().isCancelled();
        } else if (restricted && status == CpSolverStatus.INFEASIBLE) {
            // No plan scores more than the incumbent: it is optimal.
            cpSatBound(floor);
        } else if (status == CpSolverStatus.UNKNOWN) {
            double b = solver.bestObjectiveBound();
            if (restricted && b >= floor + 1) {
                // A bound on plans better than the incumbent, so on every plan. Anything lower is not a bound
                // (without a solution CP-SAT may leave it unset), only a proof of infeasibility would be.
                cpSatBound((long) Math.floor(b + 1e-6));
            }
            timedOut = !o.cancel().isCancelled();
        }
        if (DEBUG) {
            System.err.printf("%.2f s: cp-sat %s, best %s%n", elapsed().toMillis() / 1000.0, status, best == null ? null : best.total());
        }
        if (best != null && (bound != null && bound < best.total() || objectiveBound != null && objectiveBound < best.objective())) {
            // Cannot happen with a correct model; never report a bound below a plan we hold.
            throw new IllegalStateException("borne " + bound + " inférieure au score " + best.total());
        }
        return status;
    }

    /**
     * Takes CP-SAT's bound: on the objective always; on the score only on a first run (on a re-run
     * CP-SAT's objective includes the stability cost, and the score keeps the LP's bound).
     */
    private void cpSatBound(long b) {
        objectiveBound = objectiveBound == null ? b : Math.min(objectiveBound, b);
        if (c.stabilityWeight() == 0) {
            bound = bound == null ? b : Math.min(bound, b);
        }
    }

    /** Keeps s if it is feasible and better than the best so far. */
    private synchronized void offer(ScoreState s, String by) {
        if (!s.feasible() || (best != null && s.objective() <= best.objective())) {
            return;
        }
        Duration now = elapsed();
        if (firstFeasible == null) {
            firstFeasible = now;
        }
        best = s.copy();
        bestAt = now;
        lastImprovement = System.nanoTime();
        method = by;
        progress(by);
    }

    private synchronized void progress(String phase) {
        o.progress().accept(new Progress(best == null ? null : best.total(), bound, elapsed(), phase));
    }

    private boolean stopped() {
        return o.cancel().isCancelled() || System.nanoTime() > deadline;
    }

    private double secondsLeft() {
        return (deadline - System.nanoTime()) / 1e9;
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private SolveStats stats(boolean cpSat) {
        return new SolveStats(firstFeasible, bestAt, elapsed(), method, cpSat, o.cancel().isCancelled(), timedOut,
                best == null ? 0 : best.movedCount());
    }
}
