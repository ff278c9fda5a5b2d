package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Instance;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The MIP that {@code bench --compare-mip} gives CBC and SCIP is the workshop itself: its proven optimum
 * is the enumerated one on every setting combination, so the comparison is between equal problems.
 */
class MipReferenceTest {
    static Stream<TinyInstances.Combo> combos() {
        return TinyInstances.Combo.all().stream();
    }

    @ParameterizedTest
    @MethodSource("combos")
    void cbcAndScipProveTheEnumeratedOptimum(TinyInstances.Combo combo) {
        int checked = 0;
        for (long seed = 0; seed < 400 && checked < 2; seed++) {
            Instance in = TinyInstances.random(seed, combo);
            Long optimum = BruteForce.optimum(CompiledInstance.of(in));
            if (optimum == null) {
                continue;
            }
            for (String solver : MipReference.SOLVERS) {
                MipReference.Result r = MipReference.solve(in, solver, Duration.ofSeconds(10));
                assertThat(r.solver()).isEqualTo(solver);
                assertThat(r.proven()).as("%s, seed %d", solver, seed).isTrue();
                assertThat(r.score()).as("%s, seed %d", solver, seed).isEqualTo(optimum);
                assertThat(r.bound()).as("%s, seed %d", solver, seed).isEqualTo(optimum);
            }
            checked++;
        }
        assertThat(checked).as("feasible instances checked for %s", combo).isEqualTo(2);
    }
}
