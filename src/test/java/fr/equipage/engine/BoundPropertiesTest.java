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
    void lpRelaxationAndFallbackBoundsAreNeverBelowTheOptimum(TinyInstances.Combo combo) {
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
            checked++;
        }
        assertThat(checked).as("feasible instances checked for %s", combo).isEqualTo(FEASIBLE_PER_COMBO);
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
