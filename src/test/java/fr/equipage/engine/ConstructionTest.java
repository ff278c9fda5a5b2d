package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The greedy construction alone (no time involved) gives a feasible plan whenever the empty plan is one. */
class ConstructionTest {
    @Property(tries = 200)
    void theGreedyPlanIsFeasibleWithoutLocks(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        CompiledInstance c = CompiledInstance.of(
                InstanceGenerator.generate(30 + (int) (seed % 300), seed).withLocks(List.of()));
        ScoreState s = new LocalSearch(c, seed).construct();
        assertThat(s.feasible()).isTrue();
        assertThat(new LocalSearch(c, seed).construct().assignment()).isEqualTo(s.assignment());
    }

    @Property(tries = 30)
    void theGreedyPlanIsFeasibleOnTinyInstancesWithoutLocks(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        CompiledInstance c = CompiledInstance.of(TinyInstances.random(seed).withLocks(List.of()));
        assertThat(new LocalSearch(c, seed).construct().feasible()).isTrue();
    }
}
