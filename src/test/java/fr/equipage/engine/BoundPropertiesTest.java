package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Instance;
import java.time.Duration;
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
        int checked = 0;
        for (long seed = 0; seed < 400 && checked < FEASIBLE_PER_COMBO; seed++) {
            CompiledInstance c = CompiledInstance.of(TinyInstances.random(seed, combo));
            Long optimum = BruteForce.optimum(c);
            if (optimum == null) {
                continue;
            }
            LpBound.Result lp = LpBound.of(c, 5);
            assertThat(lp).as("LP of seed %d", seed).isNotNull();
            assertThat(lp.bound()).as("LP bound, seed %d", seed).isGreaterThanOrEqualTo(optimum);
            assertThat(RelaxationBound.of(c)).as("fallback bound, seed %d", seed).isGreaterThanOrEqualTo(optimum);
            // Aimed just below the optimum, the subgradient pushes the bound as low as it can go.
            for (long target : new long[] {optimum - 1, optimum - 20}) {
                assertThat(LagrangianBound.of(c, target, 300, () -> false)).as("Lagrangian bound, seed %d", seed)
                        .isGreaterThanOrEqualTo(optimum);
            }
            checked++;
        }
        assertThat(checked).as("feasible instances checked for %s", combo).isEqualTo(FEASIBLE_PER_COMBO);
    }

    /**
     * Reduced-cost fixing never cuts off a plan better than the incumbent: with the incumbent just
     * below the optimum, and further below, every feasible plan scoring more keeps every fixing.
     */
    @ParameterizedTest
    @MethodSource("combos")
    void reducedCostFixingKeepsEveryBetterPlan(TinyInstances.Combo combo) {
        int checked = 0;
        int fixings = 0;
        for (long seed = 0; seed < 400 && checked < FEASIBLE_PER_COMBO; seed++) {
            CompiledInstance c = CompiledInstance.of(TinyInstances.random(seed, combo));
            Long optimum = BruteForce.optimum(c);
            if (optimum == null) {
                continue;
            }
            ReducedCosts rc = LpBound.of(c, 5).reduced();
            for (long incumbent : new long[] {optimum - 1, optimum - 4}) {
                fixings += countFixed(c, rc, incumbent);
                long seedNow = seed;
                BruteForce.forEachFeasible(c, plan -> {
                    if (plan.total() > incumbent) {
                        assertKeepsFixings(c, rc, incumbent, plan, seedNow);
                    }
                });
            }
            checked++;
        }
        assertThat(checked).as("feasible instances checked for %s", combo).isEqualTo(FEASIBLE_PER_COMBO);
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
        int checked = 0;
        for (long seed = 1000; seed < 1400 && checked < 3; seed++) {
            Instance in = TinyInstances.random(seed, combo);
            Long optimum = BruteForce.optimum(CompiledInstance.of(in));
            if (optimum == null) {
                continue;
            }
            var plan = Solver.solve(in, SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(10)).withSeed(seed)).plan();
            assertThat(plan.bound()).as("seed %d", seed).isNotNull().isGreaterThanOrEqualTo(optimum);
            assertThat(plan.score().total()).as("seed %d", seed).isEqualTo(optimum);
            checked++;
        }
        assertThat(checked).as("feasible instances checked for %s", combo).isEqualTo(3);
    }
}
