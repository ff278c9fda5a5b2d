package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bound the engine reports is a proven bound: never below the optimum found by enumerating
 * every plan, on each of the 32 combinations of H7 on/off, negative weights, locks, apart and
 * together pairs. Each combination must yield enough feasible instances, so no case passes by
 * checking nothing.
 */
class BoundPropertiesTest {
    private static final int FEASIBLE_PER_COMBO = 6;

    static Stream<TinyInstances.Combo> combos() {
        return TinyInstances.Combo.all().stream();
    }

    @ParameterizedTest
    @MethodSource("combos")
    void lpLagrangianAndFallbackBoundsAreNeverBelowTheOptimum(TinyInstances.Combo combo) {
        assertThat(CpSat.available()).as("OR-Tools native library").isTrue();
        for (var k : TinyInstances.feasible(combo, 0, FEASIBLE_PER_COMBO)) {
            CompiledInstance c = k.compiled();
            long optimum = k.optimum();
            LpBound.Result lp = LpBound.of(c, 5);
            assertThat(lp).as("LP of seed %d", k.seed()).isNotNull();
            assertThat(lp.bound()).as("LP bound, seed %d", k.seed()).isGreaterThanOrEqualTo(optimum);
            assertThat(RelaxationBound.of(c)).as("fallback bound, seed %d", k.seed()).isGreaterThanOrEqualTo(optimum);
            // Aimed just below the optimum, the subgradient pushes the bound as low as it can go.
            for (long target : new long[] {optimum - 1, optimum - 20}) {
                assertThat(LagrangianBound.of(c, target, 300, () -> false)).as("Lagrangian bound, seed %d", k.seed())
                        .isGreaterThanOrEqualTo(optimum);
            }
        }
    }

    /**
     * The Lagrangian bound started from multipliers ({@link LagrangianBound#from}) is a bound whatever they are: those
     * of the LP on a sample of pairs ({@link SampledLp}, as the solver starts it on large open workshops) and arbitrary
     * ones, negative, huge or missing; after its first step and after 300.
     */
    @ParameterizedTest
    @MethodSource("combos")
    void theLagrangianBoundFromAnyMultipliersIsNeverBelowTheOptimum(TinyInstances.Combo combo) {
        for (var k : TinyInstances.feasible(combo, 0, FEASIBLE_PER_COMBO)) {
            CompiledInstance c = k.compiled();
            ScoreState plan = new LocalSearch(c, k.seed()).construct();
            LpBound.Result sampled = LpBound.onPairs(c, SampledLp.pairs(c, plan, k.seed()), 5, LpBound.Method.PDLP_ROUGH);
            assertThat(sampled).as("sampled LP of seed %d", k.seed()).isNotNull();
            Random random = new Random(k.seed());
            for (LpBound.Duals duals : List.of(sampled.duals(), arbitrary(c, random), arbitrary(c, random))) {
                for (int steps : new int[] {1, 300}) {
                    assertThat(LagrangianBound.from(c, duals, () -> k.optimum() - 1, steps, () -> false, b -> { }))
                            .as("Lagrangian bound from multipliers, seed %d", k.seed()).isGreaterThanOrEqualTo(k.optimum());
                }
            }
        }
    }

    private static LpBound.Duals arbitrary(CompiledInstance c, Random random) {
        double[] person = new double[c.participantCount()];
        for (int p = 0; p < person.length; p++) {
            person[p] = random.nextGaussian() * 30;
        }
        double[] odd = {Double.NaN, -5, 0, 1e6};
        double[][] skill = new double[c.proposalCount()][];
        for (int t = 0; t < skill.length; t++) {
            skill[t] = new double[c.proposalSkills(t).length];
            for (int i = 0; i < skill[t].length; i++) {
                skill[t][i] = random.nextBoolean() ? odd[random.nextInt(odd.length)] : random.nextDouble() * 10;
            }
        }
        return new LpBound.Duals(person, skill);
    }

    /**
     * Each way of solving the LP (GLOP with its defaults or its dual simplex, PDLP on two threads or on one
     * to a looser tolerance) gives a bound never below the optimum, and reduced costs that keep every
     * better plan: whichever the workshop's size picks, on every combination of settings.
     */
    @ParameterizedTest
    @MethodSource("combos")
    void everyLpMethodGivesAValidBoundAndFixing(TinyInstances.Combo combo) {
        int fixings = 0;
        for (var k : TinyInstances.feasible(combo, 0, 3)) {
            CompiledInstance c = k.compiled();
            for (LpBound.Method method : LpBound.Method.values()) {
                LpBound.Result lp = LpBound.of(c, 5, method);
                assertThat(lp).as("LP by %s, seed %d", method, k.seed()).isNotNull();
                assertThat(lp.bound()).as("LP bound by %s, seed %d", method, k.seed()).isGreaterThanOrEqualTo(k.optimum());
                long incumbent = k.optimum() - 1;
                fixings += countFixed(c, lp.reduced(), incumbent);
                BruteForce.forEachFeasible(c, plan -> {
                    if (plan.total() > incumbent) {
                        assertKeepsFixings(c, lp.reduced(), incumbent, plan, k.seed());
                    }
                });
            }
        }
        // Otherwise the fixing check above would hold vacuously.
        assertThat(fixings).as("variables fixed for %s", combo).isPositive();
    }

    /**
     * Reduced-cost fixing never cuts off a plan better than the incumbent: with the incumbent just
     * below the optimum, and further below, every feasible plan scoring more keeps every fixing.
     */
    @ParameterizedTest
    @MethodSource("combos")
    void reducedCostFixingKeepsEveryBetterPlan(TinyInstances.Combo combo) {
        var cases = TinyInstances.feasible(combo, 0, FEASIBLE_PER_COMBO);
        int fixings = 0;
        for (var k : cases) {
            CompiledInstance c = k.compiled();
            ReducedCosts rc = LpBound.of(c, 5).reduced();
            for (long incumbent : new long[] {k.optimum() - 1, k.optimum() - 4}) {
                fixings += countFixed(c, rc, incumbent);
                BruteForce.forEachFeasible(c, plan -> {
                    if (plan.total() > incumbent) {
                        assertKeepsFixings(c, rc, incumbent, plan, k.seed());
                    }
                });
            }
        }
        // Otherwise the check above would hold vacuously.
        assertThat(fixings).as("variables fixed for %s", combo).isPositive();
    }

    private static int countFixed(CompiledInstance c, ReducedCosts rc, long incumbent) {
        int fixed = 0;
        for (int t = 0; t < c.proposalCount(); t++) {
            fixed += rc.team(t, incumbent) != ReducedCosts.FREE ? 1 : 0;
        }
        for (int p = 0; p < c.participantCount(); p++) {
            for (int i = 0; i < c.allowed(p).length; i++) {
                fixed += rc.member(p, i, incumbent) != ReducedCosts.FREE ? 1 : 0;
            }
        }
        return fixed;
    }

    private static void assertKeepsFixings(CompiledInstance c, ReducedCosts rc, long incumbent, ScoreState plan, long seed) {
        for (int t = 0; t < c.proposalCount(); t++) {
            byte v = rc.team(t, incumbent);
            if (v != ReducedCosts.FREE) {
                assertThat(plan.isRetained(t) ? 1 : 0).as("seed %d, team %d, plan scoring %d > %d", seed, t, plan.total(),
                        incumbent).isEqualTo(v);
            }
        }
        for (int p = 0; p < c.participantCount(); p++) {
            int[] allowed = c.allowed(p);
            for (int i = 0; i < allowed.length; i++) {
                byte v = rc.member(p, i, incumbent);
                if (v != ReducedCosts.FREE) {
                    assertThat(plan.teamOf(p) == allowed[i] ? 1 : 0).as("seed %d, participant %d in %d, plan scoring %d > %d",
                            seed, p, allowed[i], plan.total(), incumbent).isEqualTo(v);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("combos")
    void theSolversReportedBoundIsNeverBelowTheOptimum(TinyInstances.Combo combo) {
        for (var k : TinyInstances.feasible(combo, 1000, 3)) {
            var plan = Solver.solve(k.instance(), SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(10))
                    .withSeed(k.seed())).plan();
            assertThat(plan.bound()).as("seed %d", k.seed()).isNotNull().isGreaterThanOrEqualTo(k.optimum());
            assertThat(plan.score().total()).as("seed %d", k.seed()).isEqualTo(k.optimum());
        }
    }
}
