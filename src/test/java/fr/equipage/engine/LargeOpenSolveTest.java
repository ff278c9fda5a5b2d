package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
import fr.equipage.model.Settings;
import fr.equipage.model.Weights;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Open workshops too large for the LP (past {@link Solver#LP_MAX_PAIRS}), where the flow, the team
 * exchanges and the targeted climb make the plan: under unusual settings too (costs instead of
 * rewards, one person a ministry per team, proposers free to join another team, no lock) the plan
 * returned keeps every rule, its score is what the spec's scorer says, and the bound is above it.
 */
class LargeOpenSolveTest {

    static Stream<Instance> workshops() {
        Instance base = InstanceGenerator.generateOpen(750, 5);
        Settings s = base.settings();
        return Stream.of(
                base,
                with(base, new Settings(s.maxTeams(), 3, 1, true, false, s.weights())),
                with(base, new Settings(s.maxTeams(), 2, 3, false, false,
                        new Weights(List.of(10, 7, 5, -3, -1), -20, -2, -1, 5))),
                with(base, new Settings(s.maxTeams() / 2, 3, 2, true, false, new Weights(List.of(10, 0, 0), -50, 9, 3, 0)))
                        .withLocks(List.of()));
    }

    @ParameterizedTest
    @MethodSource("workshops")
    void thePlanKeepsEveryRuleAndItsBound(Instance in) throws Exception {
        assertThat(CompiledInstance.of(in).allowedPairCount()).isGreaterThan(Solver.LP_MAX_PAIRS);
        SolveResult r = Solver.solve(in, SolveOptions.defaults().withSeed(3).withTimeLimit(Duration.ofSeconds(2)));
        Plan plan = r.plan();
        assertThat(plan.feasible()).isTrue();
        Evaluation e = Scorer.evaluate(in, plan);
        assertThat(e.violations()).isEmpty();
        assertThat(e.score().total()).isEqualTo(plan.score().total());
        assertThat(plan.bound()).isNotNull().isGreaterThanOrEqualTo(plan.score().total());
    }

    /**
     * A mid-sized open workshop in a short limit, where the whole LP would not finish: the plan is rounded from the LP
     * on a sample of pairs, and the bound (the Lagrangian, started from that LP's multipliers) is within a few percent.
     */
    @org.junit.jupiter.api.Test
    void aMidSizedOpenWorkshopInAShortLimitIsRoundedFromTheSampledLp() throws Exception {
        Instance in = InstanceGenerator.generateOpen(450, 2);
        assertThat(CompiledInstance.of(in).allowedPairCount()).isBetween((long) Solver.DENSE_PAIRS, (long) Solver.LP_MAX_PAIRS);
        List<String> phases = new java.util.concurrent.CopyOnWriteArrayList<>();
        SolveResult r = Solver.solve(in, SolveOptions.defaults().withSeed(1).withTimeLimit(Duration.ofSeconds(3))
                .withProgress(p -> phases.add(p.phase())));
        Plan plan = r.plan();

        assertThat(phases).contains("lp-rounding");
        assertThat(Scorer.evaluate(in, plan).violations()).isEmpty();
        assertThat(plan.bound()).isNotNull().isBetween(plan.score().total(), (long) (plan.score().total() * 1.08));
    }

    /**
     * Cancelled mid-way where the LP on a sample of pairs replaces the whole one (450 open in 12 s: its rounding comes
     * within about 2 s, then CP-SAT searches its support on a thread of its own beside the rounds), the solve stops at
     * once with its best plan instead of running to its limit.
     */
    @org.junit.jupiter.api.Test
    void aCancelledMidSizedOpenSolveStopsAtOnceWithAPlan() throws Exception {
        // Seed 1: there the support search runs to its limit (on seed 2 it proves its best plan within 2 s).
        Instance in = InstanceGenerator.generateOpen(450, 1);
        assertThat(SampledLp.replacesWholeLp(CompiledInstance.of(in).allowedPairCount(), Duration.ofSeconds(12))).isTrue();
        CancelToken token = new CancelToken();
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        try {
            timer.schedule(token::cancel, 3500, java.util.concurrent.TimeUnit.MILLISECONDS);
            SolveResult r = Solver.solve(in, SolveOptions.defaults().withSeed(1).withTimeLimit(Duration.ofSeconds(12))
                    .withCancel(token));
            double seconds = (System.nanoTime() - start) / 1e9;

            assertThat(r.stats().cancelled()).isTrue();
            assertThat(Scorer.evaluate(in, r.plan()).violations()).isEmpty();
            assertThat(seconds).as("seconds to return, of a 12-s limit").isLessThan(8);
        } finally {
            timer.shutdownNow();
        }
    }

    private static Instance with(Instance in, Settings s) {
        return new Instance(s, in.ministries(), in.proposals(), in.participants(), in.locks(), in.apart(), in.together());
    }
}
