package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Instance;
import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The LP (PDLP) bound is a proven bound: never below an optimum found by enumeration or by CP-SAT. */
class LpBoundTest {
    @Property(tries = 60)
    void isNeverBelowTheEnumeratedOptimum(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        assertThat(CpSat.available()).isTrue();
        CompiledInstance c = CompiledInstance.of(TinyInstances.random(seed));
        Long optimum = BruteForce.optimum(c);
        LpBound.Result lp = LpBound.of(c, 5);
        if (optimum != null) {
            // The relaxation of a workshop that has a plan always has a solution, whatever the weights.
            assertThat(lp).isNotNull();
            assertThat(lp.bound()).isGreaterThanOrEqualTo(optimum);
        }
    }

    @ParameterizedTest
    @CsvSource({"55,1", "55,2", "150,1", "150,3", "300,1"})
    void isNeverBelowTheCpSatOptimumAndCloseToIt(int n, long seed) {
        assertThat(CpSat.available()).isTrue();
        Instance in = InstanceGenerator.generate(n, seed);
        CompiledInstance c = CompiledInstance.of(in);
        LpBound.Result lp = LpBound.of(c, 10);
        assertThat(lp).isNotNull();
        SolveResult r = Solver.solve(in, SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(20)).withSeed(seed));
        // The best plan found is at most the optimum, so "bound within 3 % of it" is the stronger check.
        long score = r.plan().score().total();
        assertThat(lp.bound()).isGreaterThanOrEqualTo(score);
        if (r.plan().optimal()) {
            assertThat(lp.bound()).isGreaterThanOrEqualTo(r.plan().bound());
        }
        // The relaxation is tight on these workshops (within 3 %), or it would be of no use as a bound.
        assertThat(lp.bound()).isLessThanOrEqualTo(score + Math.max(20, score * 3 / 100));
    }
}
