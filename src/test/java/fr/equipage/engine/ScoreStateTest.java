package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The incremental state must always equal a state rebuilt from scratch. */
class ScoreStateTest {
    @Property(tries = 50)
    void incrementalScoreEqualsFullRescoreAfterRandomMoves(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        CompiledInstance c = CompiledInstance.of(seed % 2 == 0 ? TinyInstances.random(seed)
                : InstanceGenerator.generate(20 + (int) (seed % 60), seed));
        ScoreState s = new ScoreState(c);
        Random r = new Random(seed);
        for (int i = 0; i < 300; i++) {
            int p = r.nextInt(c.participantCount());
            int kind = r.nextInt(10);
            if (kind < 6) {
                s.move(p, r.nextInt(c.proposalCount() + 1) - 1);
            } else if (kind < 8) {
                s.swap(p, r.nextInt(c.participantCount()));
            } else if (kind == 8) {
                s.drop(r.nextInt(c.proposalCount()));
            } else {
                s.retain(r.nextInt(c.proposalCount()));
            }
            if (i % 25 == 0 || i == 299) {
                ScoreState fresh = ScoreState.of(c, s.assignment(), s.retainedTeams());
                assertThat(s.parts()).isEqualTo(fresh.parts());
                assertThat(s.total()).isEqualTo(s.parts().total());
                assertThat(s.breaches()).isEqualTo(fresh.breaches());
                assertThat(s.feasible()).isEqualTo(Scorer.violations(fresh).isEmpty());
                assertThat(freeTeams(s)).as("the teams with a free seat").isEqualTo(
                        java.util.stream.IntStream.range(0, c.proposalCount()).filter(t -> s.isRetained(t) && s.size(t) < c.maxSize(t))
                                .boxed().collect(java.util.stream.Collectors.toSet()));
            }
        }
    }

    @Property(tries = 30)
    void deltaIfMovedLeavesTheStateUnchanged(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        CompiledInstance c = CompiledInstance.of(InstanceGenerator.generate(30, seed));
        ScoreState s = new LocalSearch(c, seed).construct();
        int[] before = s.assignment();
        long total = s.total();
        Random r = new Random(seed);
        for (int i = 0; i < 50; i++) {
            int p = r.nextInt(c.participantCount());
            int t = r.nextInt(c.proposalCount() + 1) - 1;
            long delta = s.deltaIfMoved(p, t);
            ScoreState moved = s.copy();
            moved.move(p, t);
            assertThat(delta).isEqualTo(moved.total() - total);
        }
        assertThat(s.assignment()).isEqualTo(before);
        assertThat(s.total()).isEqualTo(total);
    }

    private static java.util.Set<Integer> freeTeams(ScoreState s) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        for (int i = 0; i < s.freeTeamCount(); i++) {
            assertThat(out.add(s.freeTeam(i))).as("listed once").isTrue();
        }
        return out;
    }
}
