package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
        assumeTrue(CpSat.available());
        CompiledInstance c = CompiledInstance.of(TinyInstances.random(seed));
        Long optimum = BruteForce.optimum(c);
        LpBound.Result lp = LpBound.of(c, 5);
        if (optimum != null && lp != null) {
            assertThat(lp.bound()).isGreaterThanOrEqualTo(optimum);
        }
    }

    @ParameterizedTest
    @CsvSource({"55,1", "55,2", "150,1", "150,3", "300,1"})
    void isNeverBelowTheCpSatOptimumAndCloseToIt(int n, long seed) {
        assumeTrue(CpSat.available());
        Instance in = InstanceGenerator.generate(n, seed);
        CompiledInstance c = CompiledInstance.of(in);
        LpBound.Result lp = LpBound.of(c, 10);
        assertThat(lp).isNotNull();
        SolveResult r = Solver.solve(in, SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(20)).withSeed(seed));
        assumeTrue(r.plan().optimal());
        long optimum = r.plan().score().total();
        assertThat(lp.bound()).isGreaterThanOrEqualTo(optimum);
        // The relaxation is tight on these workshops (within 3 %), or it would be of no use as a bound.
        assertThat(lp.bound()).isLessThanOrEqualTo(optimum + Math.max(20, optimum * 3 / 100));
    }
}
