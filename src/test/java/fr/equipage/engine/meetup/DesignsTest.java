package fr.equipage.engine.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every design is a season: each round splits everyone into groups of the size, and no pair meets twice. */
class DesignsTest {
    @ParameterizedTest(name = "{0} personnes, groupes de {1}, {2} tours")
    @CsvSource({"9,3,4", "25,5,6", "15,3,7", "32,4,9", "16,4,5", "40,4,13"})
    void resolvableDesignsHaveNoRepeat(int n, int s, int rounds) {
        int[][][] design = Designs.resolvable(n, s, rounds);
        assertThat(design).isNotNull();
        assertThat(design.length).isEqualTo(rounds);
        Set<Long> met = new HashSet<>();
        for (int[][] round : design) {
            assertThat(round.length).isEqualTo(n / s);
            Set<Integer> seen = new HashSet<>();
            for (int[] group : round) {
                assertThat(group).hasSize(s);
                for (int i = 0; i < group.length; i++) {
                    assertThat(seen.add(group[i])).isTrue();
                    for (int j = i + 1; j < group.length; j++) {
                        long key = (long) Math.min(group[i], group[j]) * n + Math.max(group[i], group[j]);
                        assertThat(met.add(key)).as("paire déjà vue").isTrue();
                    }
                }
            }
            assertThat(seen).hasSize(n);
        }
    }
}
