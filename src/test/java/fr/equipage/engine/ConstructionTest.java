package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Instance;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.model.Settings;
import fr.equipage.model.Weights;
import java.util.ArrayList;
import java.util.Arrays;
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

    @org.junit.jupiter.api.Test
    void aPlanRoundedFromTheLpSeatsEveryoneTheLpsTeamsCouldSeat() {
        // Two teams at most; rounded by y alone, P0 and P1 seat 8 of 10, where the LP's teams seat 9.5.
        List<Proposal> proposals = List.of(new Proposal("P0", "Projet 0", "A", List.of(), 1, 4, List.of()),
                new Proposal("P1", "Projet 1", "A", List.of(), 1, 4, List.of()),
                new Proposal("P2", "Projet 2", "A", List.of(), 1, 6, List.of()));
        List<Participant> people = new ArrayList<>();
        for (int p = 0; p < 10; p++) {
            people.add(new Participant("u" + p, "Agent", "" + p, null, p % 2 == 0 ? "A" : "B", List.of(), List.of(),
                    List.of("P" + (p % 3))));
        }
        Instance open = new Instance(new Settings(2, 1, 10, true, false, Weights.DEFAULT),
                List.of(new Ministry("A", "A", null), new Ministry("B", "B", null)), proposals, people, List.of(), List.of(), List.of());
        CompiledInstance c = CompiledInstance.of(open);
        double[][] x = new double[10][];
        for (int p = 0; p < 10; p++) {
            x[p] = new double[c.allowed(p).length];
        }

        ScoreState s = new LocalSearch(c, 1).constructFrom(new double[] {0.9, 0.8, 0.45}, x);

        assertThat(s.feasible()).isTrue();
        assertThat(s.isRetained(2)).as("the larger team, for the one that loses the least y").isTrue();
        assertThat(s.isRetained(1)).isFalse();
        assertThat(Arrays.stream(s.assignment()).filter(t -> t < 0)).as("nobody left out").isEmpty();
    }
}
