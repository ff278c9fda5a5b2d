package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Instance;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.Settings;
import fr.equipage.model.Weights;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Re-runs start from the organiser's board and, with a stability weight, move as few people as is worth it. */
class WarmStartTest {
    private static SolveOptions options() {
        return SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(20));
    }

    private static Instance withStability(Instance in, Integer stability) {
        Settings s = in.settings();
        return new Instance(new Settings(s.maxTeams(), s.minDistinctMinistries(), s.maxPerMinistry(),
                s.proposersJoinOwnProject(), s.onlyChosenProjects(), s.weights().withStability(stability)),
                in.ministries(), in.proposals(), in.participants(), in.locks(), in.apart(), in.together());
    }

    @ParameterizedTest
    @ValueSource(strings = {"example-24", "example-60"})
    void aReRunKeepsAnAlreadyOptimalPlanUnchanged(String example) throws Exception {
        for (Integer stability : new Integer[] {null, 0, 5}) {
            Instance in = withStability(SpecExamples.instance(example), stability);
            Plan first = Solver.solve(in, options()).plan();
            assertThat(first.optimal()).isTrue();
            // Another seed would likely find another optimal plan from scratch; from the board it must not move.
            SolveResult again = Solver.solve(in, options().withSeed(99).withStart(first));
            assertThat(again.plan().teams()).as("stability %s", stability).isEqualTo(first.teams());
            assertThat(again.plan().unassigned()).isEqualTo(first.unassigned());
            assertThat(again.plan().score()).isEqualTo(first.score());
            assertThat(again.stats().moved()).isZero();
        }
    }

    /** When every plan placing everyone is optimal, a re-run keeps the organiser's one, whatever the weight. */
    @Test
    void aReRunKeepsTheBoardAmongManyOptimalPlans() {
        for (Integer stability : new Integer[] {null, 0, 5}) {
            Instance in = tiedDay(stability);
            CompiledInstance c = CompiledInstance.of(in);
            Plan board = PlanMapping.toPlan(ScoreState.of(c, new int[] {0, 1, 0, 1, 1, 0, 1, 0}, new boolean[] {true, true}), null);
            Plan fromScratch = Solver.solve(in, options()).plan();
            assertThat(fromScratch.score()).isEqualTo(board.score());
            SolveResult again = Solver.solve(in, options().withStart(board));
            assertThat(again.plan().teams()).as("stability %s", stability).isEqualTo(board.teams());
            assertThat(again.plan().optimal()).isTrue();
            assertThat(again.stats().moved()).isZero();
        }
    }

    private static Instance tiedDay(Integer stability) {
        Instance in = secondChoiceDay(stability);
        Settings s = in.settings();
        Weights w = new Weights(List.of(10, 10), -20, 0, 0, 0, stability);
        return new Instance(new Settings(s.maxTeams(), 2, 3, true, true, w), in.ministries(), in.proposals(),
                in.participants(), in.locks(), in.apart(), in.together());
    }

    /**
     * Eight people on a board where each sits in their second choice: moving everyone to their first
     * choice gains 3 points a person. A stability weight of 5 makes no move worth it; 0 moves everyone.
     */
    @Test
    void aStabilityWeightMovesFewerPeople() {
        Instance weight0 = secondChoiceDay(0);
        Plan board = secondChoiceBoard(weight0);
        SolveResult free = Solver.solve(weight0, options().withStart(board));
        SolveResult stable = Solver.solve(secondChoiceDay(5), options().withStart(board));
        assertThat(free.stats().moved()).isEqualTo(8);
        assertThat(free.plan().score().total()).isEqualTo(80);
        assertThat(stable.stats().moved()).isZero();
        assertThat(stable.plan().teams()).isEqualTo(board.teams());
        assertThat(stable.plan().score().total()).isEqualTo(56);
        // The default re-run weight (2) is below the 3-point gain: everyone still moves.
        assertThat(Solver.solve(secondChoiceDay(null), options().withStart(board)).stats().moved()).isEqualTo(8);
    }

    @Test
    void aNegativeStabilityWeightIsRefusedNamingTheField() {
        var problems = InstanceValidator.validate(secondChoiceDay(-1));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.element()).isEqualTo("settings.weights");
            assertThat(p.field()).isEqualTo("stability");
        });
    }

    @Test
    void aFirstRunIgnoresTheStabilityWeight() {
        Plan plan = Solver.solve(secondChoiceDay(50), options()).plan();
        assertThat(plan.score().total()).isEqualTo(80);
    }

    @Property(tries = 30)
    void theIncrementalMovedCountIsTheNumberOfPeopleAwayFromTheBoard(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Instance in = InstanceGenerator.generate(40, seed);
        Plan board = Solver.solve(in, SolveOptions.defaults().withoutCpSat().withTimeLimit(Duration.ofSeconds(1))).plan();
        CompiledInstance c = CompiledInstance.of(in, board);
        ScoreState s = c.start().state(c);
        Random rnd = new Random(seed);
        for (int k = 0; k < 300; k++) {
            int p = rnd.nextInt(c.participantCount());
            int[] allowed = c.allowed(p);
            s.move(p, rnd.nextInt(4) == 0 || allowed.length == 0 ? -1 : allowed[rnd.nextInt(allowed.length)]);
            if (k % 50 == 0) {
                s.drop(rnd.nextInt(c.proposalCount()));
            }
        }
        int moved = 0;
        for (int p = 0; p < c.participantCount(); p++) {
            moved += c.start().moved(p, s.teamOf(p)) ? 1 : 0;
        }
        assertThat(s.movedCount()).isEqualTo(moved);
        assertThat(s.objective()).isEqualTo(s.total() - (long) c.stabilityWeight() * moved);
        assertThat(c.stabilityWeight()).isEqualTo(Weights.DEFAULT_RERUN_STABILITY);
    }

    private static Instance secondChoiceDay(Integer stability) {
        List<Ministry> ministries = List.of(new Ministry("A", "A", null), new Ministry("B", "B", null));
        List<Proposal> proposals = List.of(
                new Proposal("P0", "Projet 0", "A", List.of(), 1, 8, List.of()),
                new Proposal("P1", "Projet 1", "A", List.of(), 1, 8, List.of()));
        List<Participant> people = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            List<String> choices = p < 4 ? List.of("P0", "P1") : List.of("P1", "P0");
            people.add(new Participant("u" + p, "Agent", "" + p, null, p % 2 == 0 ? "A" : "B", List.of(), List.of(), choices));
        }
        Weights w = new Weights(List.of(10, 7), -20, 0, 0, 0, stability);
        Settings s = new Settings(2, 1, 8, true, true, w);
        return new Instance(s, ministries, proposals, people, List.of(), List.of(), List.of());
    }

    /** Everyone in their second choice: P0 holds u4–u7, P1 holds u0–u3. */
    private static Plan secondChoiceBoard(Instance in) {
        CompiledInstance c = CompiledInstance.of(in);
        int[] teamOf = {1, 1, 1, 1, 0, 0, 0, 0};
        return PlanMapping.toPlan(ScoreState.of(c, teamOf, new boolean[] {true, true}), null);
    }
}
