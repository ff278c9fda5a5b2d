package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Instance;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/**
 * The lookups the annealing calls on every move (whether a pair is allowed, its index and its choice score, whether
 * someone proposed a project) agree with the instance itself, read independently, on open and chosen-only workshops:
 * on open ones they take a shortcut (every proposal allowed, index = proposal) that must not change an answer.
 */
class CompiledInstanceTest {
    @Property(tries = 12)
    void pairLookupsAgreeWithTheInstanceOnOpenAndChosenOnlyWorkshops(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
                                                                      @ForAll boolean open) {
        int n = 20 + (int) (seed % 60);
        Instance in = open ? InstanceGenerator.generateOpen(n, seed) : InstanceGenerator.generate(n, 8, 4, seed);
        CompiledInstance c = CompiledInstance.of(in);
        List<Integer> choiceWeights = in.settings().weights().choice();
        int teams = c.proposalCount();
        for (int p = 0; p < c.participantCount(); p++) {
            Participant person = in.participants().get(p);
            int[] allowed = c.allowed(p);
            for (int t = -1; t <= teams; t++) {
                int i = c.allowedIndex(p, t);
                boolean expectedAllowed = t >= 0 && t < teams && (open || chosenProposedOrLocked(in, c, p, t));
                assertThat(i >= 0).as("p%d t%d", p, t).isEqualTo(expectedAllowed);
                assertThat(c.isAllowed(p, t)).isEqualTo(expectedAllowed);
                if (i >= 0) {
                    assertThat(allowed[i]).isEqualTo(t);
                    assertThat(c.allowedWeight(p)[i]).isEqualTo(c.choiceScore(p, t));
                }
                if (t < 0 || t == teams) {
                    continue;
                }
                Proposal proposal = in.proposals().get(t);
                boolean proposed = proposal.proposers().contains(person.id());
                int rank = person.choices().indexOf(proposal.id());
                int expectedScore = proposed ? choiceWeights.get(0) : rank >= 0 && rank < choiceWeights.size() ? choiceWeights.get(rank) : 0;
                assertThat(c.choiceScore(p, t)).as("p%d t%d", p, t).isEqualTo(expectedScore);
                assertThat(c.proposed(p, t)).isEqualTo(proposed);
            }
            String id = person.id();
            assertThat(c.isProposer(p)).isEqualTo(in.proposals().stream().anyMatch(q -> q.proposers().contains(id)));
        }
    }

    private static boolean chosenProposedOrLocked(Instance in, CompiledInstance c, int p, int t) {
        String person = in.participants().get(p).id();
        String proposal = in.proposals().get(t).id();
        return in.participants().get(p).choices().contains(proposal) || in.proposals().get(t).proposers().contains(person)
                || in.locks().stream().anyMatch(l -> l.participant().equals(person) && l.proposal().equals(proposal));
    }
}
