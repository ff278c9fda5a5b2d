package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

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
        for (var k : TinyInstances.feasible(combo, 0, 2)) {
            for (String solver : MipReference.SOLVERS) {
                MipReference.Result r = MipReference.solve(k.instance(), solver, Duration.ofSeconds(10));
                assertThat(r.solver()).isEqualTo(solver);
                assertThat(r.proven()).as("%s, seed %d", solver, k.seed()).isTrue();
                assertThat(r.score()).as("%s, seed %d", solver, k.seed()).isEqualTo(k.optimum());
                assertThat(r.bound()).as("%s, seed %d", solver, k.seed()).isEqualTo(k.optimum());
            }
        }
    }
}
