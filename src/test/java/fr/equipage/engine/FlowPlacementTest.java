package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Instance;
import fr.equipage.model.Pair;
import fr.equipage.model.Settings;
import fr.equipage.model.Weights;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The flow placement and the searches built on it: the flow is exact for what it models (checked
 * against enumeration of every plan on tiny instances), and the targeted climb and the team
 * exchanges only ever report plans that keep every rule and score more.
 */
class FlowPlacementTest {

    @Test
    void withoutSkillsNorPairsTheFlowPlacesEveryTeamSetOptimally() {
        // The flow models the choice, unassigned and extra-ministry parts and every rule but H8: with the skill and
        // together weights at 0 and no apart pair, the best of its plans over all team sets is the optimum.
        int checked = 0;
        List<String> missed = new ArrayList<>();
        for (TinyInstances.Combo combo : TinyInstances.Combo.all()) {
            if (combo.negativeWeights() || combo.apart() || combo.together()) {
                continue;
            }
            int ofCombo = 0;
            for (long seed = 0; seed < 400 && ofCombo < 60; seed++) {
                CompiledInstance c = CompiledInstance.of(withoutSkillsNorPairs(TinyInstances.random(seed, combo)));
                Long optimum = BruteForce.optimum(c);
                if (optimum == null) {
                    continue;
                }
                long best = bestOverTeamSets(c);
                if (best != optimum) {
                    missed.add(combo + " seed " + seed + ": " + best + " ≠ " + optimum);
                }
                ofCombo++;
            }
            checked += ofCombo;
        }
        assertThat(checked).as("four combinations, 60 feasible instances each").isEqualTo(240);
        assertThat(missed).isEmpty();
    }

    @Property(tries = 10)
    void theFlowStartKeepsEveryRuleOnOpenWorkshops(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        CompiledInstance c = CompiledInstance.of(InstanceGenerator.generateOpen(60 + (int) (seed % 90), seed));
        LocalSearch ls = new LocalSearch(c, seed);
        ScoreState greedy = ls.construct();
        ScoreState flow = FlowStart.from(c, greedy, ls, () -> false);
        assertThat(flow).isNotNull();
        assertThat(flow.feasible()).as("seed %d", seed).isTrue();
        assertValid(flow);
        // Locked people stay where they are locked, and the flow keeps the teams it was given.
        for (int p = 0; p < c.participantCount(); p++) {
            if (c.lockOf(p) >= 0) {
                assertThat(flow.teamOf(p)).isEqualTo(c.lockOf(p));
            }
        }
        assertThat(flow.retainedCount()).isLessThanOrEqualTo(greedy.retainedCount());
    }

    @Property(tries = 10)
    void theTargetedClimbNeverLosesAPoint(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        CompiledInstance c = CompiledInstance.of(InstanceGenerator.generateOpen(60 + (int) (seed % 90), seed));
        ScoreState s = new LocalSearch(c, seed).construct();
        ScoreState before = s.copy();
        new TargetedSearch(c).improve(s, () -> false);
        if (before.feasible()) {
            assertValid(s);
            assertThat(s.total()).isGreaterThanOrEqualTo(before.total());
        } else {
            // It only takes feasible moves from a feasible plan: an infeasible one is left as it is.
            assertThat(s.assignment()).isEqualTo(before.assignment());
        }
    }

    @Test
    void theTargetedClimbBringsTheMissingSkillsAndTogetherPairs() {
        // On the greedy plans of 20 open workshops it covers more skills and joins more together pairs than it
        // finds: what the flow cannot see, and why it runs after it.
        int skillsGained = 0;
        int pairsGained = 0;
        for (long seed = 1; seed <= 20; seed++) {
            CompiledInstance c = CompiledInstance.of(InstanceGenerator.generateOpen(100, seed));
            ScoreState s = new LocalSearch(c, seed).construct();
            long skills = s.parts().skillCovered();
            long together = s.parts().together();
            new TargetedSearch(c).improve(s, () -> false);
            skillsGained += s.parts().skillCovered() > skills ? 1 : 0;
            pairsGained += s.parts().together() > together ? 1 : 0;
        }
        assertThat(skillsGained).as("workshops where it covers more skills").isGreaterThanOrEqualTo(18);
        assertThat(pairsGained).as("workshops where it joins more together pairs").isGreaterThanOrEqualTo(6);
    }

    @Property(tries = 6)
    void teamExchangesReportOnlyBetterPlansThatKeepEveryRule(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        CompiledInstance c = CompiledInstance.of(InstanceGenerator.generateOpen(80 + (int) (seed % 60), seed));
        LocalSearch ls = new LocalSearch(c, seed);
        ScoreState start = FlowStart.from(c, ls.construct(), ls, () -> false);
        List<ScoreState> reported = new ArrayList<>();
        new TeamSetSearch(c, ls, seed).improve(start, 40, () -> false, x -> reported.add(x.copy()));
        long previous = start.total();
        for (ScoreState r : reported) {
            assertValid(r);
            assertThat(r.total()).isGreaterThan(previous);
            assertThat(r.retainedCount()).isLessThanOrEqualTo(c.settings().maxTeams());
            previous = r.total();
        }
    }

    @Test
    void teamExchangesImproveTheFlowPlanOfALargeOpenWorkshop() {
        // At 1,000 people the greedy plan's teams are far from the best ones: ten exchanges already find better.
        CompiledInstance c = CompiledInstance.of(InstanceGenerator.generateOpen(1000, 1));
        LocalSearch ls = new LocalSearch(c, 1);
        ScoreState start = FlowStart.from(c, ls.construct(), ls, () -> false);
        List<ScoreState> reported = new ArrayList<>();
        new TeamSetSearch(c, ls, 1).improve(start, 10, () -> false, reported::add);
        assertThat(reported).isNotEmpty();
        assertThat(reported.get(reported.size() - 1).total()).isGreaterThan(start.total());
    }

    @Test
    void roundsReturnTheBestPlanTheyReportedAndKeepEveryRule() {
        CompiledInstance c = CompiledInstance.of(InstanceGenerator.generateOpen(300, 4));
        LocalSearch ls = new LocalSearch(c, 4);
        ScoreState start = FlowStart.from(c, ls.construct(), ls, () -> false);
        List<ScoreState> reported = new ArrayList<>();
        ScoreState best = new TeamSetSearch(c, ls, 4).rounds(start, System.nanoTime() + 1_000_000_000L, () -> false,
                x -> reported.add(x.copy()));
        assertValid(best);
        assertThat(best.total()).isGreaterThan(start.total());
        reported.forEach(FlowPlacementTest::assertValid);
        assertThat(reported).extracting(ScoreState::total).allMatch(t -> t <= best.total()).contains(best.total());
    }

    /** The best feasible score of the flow's plans over every set of teams H1 allows. */
    private static long bestOverTeamSets(CompiledInstance c) {
        FlowAssignment flow = new FlowAssignment(c, 0);
        int teams = c.proposalCount();
        long best = Long.MIN_VALUE;
        for (int mask = 0; mask < 1 << teams; mask++) {
            if (Integer.bitCount(mask) > c.settings().maxTeams()) {
                continue;
            }
            boolean[] open = new boolean[teams];
            for (int t = 0; t < teams; t++) {
                open[t] = (mask >> t & 1) != 0;
            }
            int[] teamOf = flow.assign(open);
            ScoreState s = ScoreState.of(c, teamOf, open);
            if (s.feasible()) {
                best = Math.max(best, s.total());
            }
        }
        return best;
    }

    private static Instance withoutSkillsNorPairs(Instance in) {
        Weights w = in.settings().weights();
        Settings s = in.settings();
        Weights none = new Weights(w.choice(), w.unassigned(), 0, Math.max(0, w.extraMinistry()), 0);
        return new Instance(new Settings(s.maxTeams(), s.minDistinctMinistries(), s.maxPerMinistry(),
                s.proposersJoinOwnProject(), s.onlyChosenProjects(), none), in.ministries(), in.proposals(),
                in.participants(), in.locks(), List.<Pair>of(), List.<Pair>of());
    }

    private static void assertValid(ScoreState s) {
        ScoreState fresh = ScoreState.of(s.instance(), s.assignment(), s.retainedTeams());
        assertThat(fresh.feasible()).isTrue();
        assertThat(Scorer.violations(fresh)).isEmpty();
        assertThat(fresh.total()).isEqualTo(s.total());
        assertThat(Arrays.stream(s.assignment()).filter(t -> t >= 0).allMatch(s::isRetained)).isTrue();
    }
}
