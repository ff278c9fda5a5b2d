package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.equipage.model.Instance;
import fr.equipage.model.Lock;
import fr.equipage.model.Ministry;
import fr.equipage.model.Pair;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.ScoreParts;
import fr.equipage.model.Settings;
import fr.equipage.model.Team;
import fr.equipage.model.Violation;
import fr.equipage.model.Weights;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed plans on a five-person instance, one per rule and for every score part. */
class ScorerRulesTest {
    private static final Weights W = new Weights(List.of(10, 7), -20, 4, 1, 5);
    private static final Settings S = new Settings(2, 1, 1, true, true, W);

    private static Instance instance(Settings s, List<Lock> locks, List<Pair> apart) {
        return new Instance(s,
                List.of(new Ministry("A", "A", null), new Ministry("A1", "A1", "A"), new Ministry("B", "B", null),
                        new Ministry("C", "C", null)),
                List.of(new Proposal("P0", "zéro", "A", List.of("x", "y"), 2, 3, List.of("u0")),
                        new Proposal("P1", "un", "B", List.of("z"), 1, 2, List.of())),
                List.of(person("u0", "A", List.of("x"), List.of("P1")),
                        person("u1", "A1", List.of("y"), List.of("P0", "P1")),
                        person("u2", "B", List.of(), List.of("P1", "P0")),
                        person("u3", "C", List.of("z"), List.of("P1")),
                        person("u4", "B", List.of(), List.of("P1"))),
                locks, apart, List.of(new Pair("u1", "u3")));
    }

    private static Participant person(String id, String ministry, List<String> skills, List<String> choices) {
        return new Participant(id, "Agent", id, null, ministry, skills, List.of(), choices);
    }

    private static Plan plan(List<String> p0, List<String> p1, List<String> unassigned) {
        List<Team> teams = new java.util.ArrayList<>();
        if (p0 != null) {
            teams.add(new Team("P0", p0));
        }
        if (p1 != null) {
            teams.add(new Team("P1", p1));
        }
        return new Plan(true, teams, unassigned, null, null, null, false);
    }

    private static final Plan BASE = plan(List.of("u0", "u2"), List.of("u1", "u3"), List.of("u4"));

    private static List<String> rules(Instance in, Plan p) throws Exception {
        return Scorer.evaluate(in, p).violations().stream().map(Violation::rule).toList();
    }

    @Test
    void everyScorePartIsComputedAsTheSpecSays() throws Exception {
        Evaluation e = Scorer.evaluate(instance(S, List.of(), List.of()), BASE);
        // choice: u0 proposer of P0 → 10; u2 2nd choice → 7; u1 2nd choice → 7; u3 1st choice → 10.
        // unassigned: u4 → -20. skills: P0 covers x (not y), P1 covers z → 2 × 4.
        // extra ministries: P0 {A, B}, P1 {A (A1's parent), C} → (2-1) + (2-1). together: u1+u3 in P1 → 5.
        assertThat(e.score()).isEqualTo(new ScoreParts(29, 34, -20, 8, 2, 5));
        assertThat(e.feasible()).isTrue();
        assertThat(e.rankProfile().byRank()).containsExactly(1, 2);
        assertThat(e.rankProfile().other()).isEqualTo(1);
        assertThat(e.rankProfile().unassigned()).isEqualTo(1);
        TeamReport p0 = e.teams().get(0);
        assertThat(p0.skillsCovered()).containsExactly("x");
        assertThat(p0.skillsMissing()).containsExactly("y");
        assertThat(p0.ministries()).containsOnlyKeys("A", "B");
        assertThat(p0.parts().total()).isEqualTo(10 + 7 + 4 + 1);
    }

    @Test
    void h1TooManyTeams() throws Exception {
        assertThat(rules(instance(S.withMaxTeams(1), List.of(), List.of()), BASE)).containsExactly("H1");
    }

    @Test
    void h2TeamSize() throws Exception {
        assertThat(rules(instance(S, List.of(), List.of()), plan(List.of("u0", "u2"), List.of("u1", "u3", "u4"), List.of())))
                .containsExactly("H2");
        assertThat(rules(instance(S, List.of(), List.of()), plan(List.of("u0"), List.of("u1", "u3"), List.of("u2", "u4"))))
                .containsExactly("H2");
    }

    @Test
    void h3DiversityUsesTopLevelMinistries() throws Exception {
        Settings three = new Settings(2, 3, 1, true, true, W);
        assertThat(rules(instance(three, List.of(), List.of()), BASE)).containsExactly("H3", "H3");
    }

    @Test
    void h4MinistryCapCountsAdministrationsWithTheirMinistry() throws Exception {
        // u1 (A1) and u0 (A) are both ministry A.
        assertThat(rules(instance(S, List.of(), List.of()), plan(List.of("u0", "u1", "u2"), List.of("u3"), List.of("u4"))))
                .containsExactly("H4");
    }

    @Test
    void h5Lock() throws Exception {
        assertThat(rules(instance(S, List.of(new Lock("u4", "P1")), List.of()), BASE)).containsExactly("H5");
    }

    @Test
    void h6Proposer() throws Exception {
        assertThat(rules(instance(S, List.of(), List.of()), plan(List.of("u1", "u2"), List.of("u3"), List.of("u0", "u4"))))
                .containsExactly("H6");
    }

    @Test
    void h6OnlyHoldsWhenProposersJoinTheirProject() throws Exception {
        // Spec §3: "if proposersJoinOwnProject". Without it u0 may leave P0 for P1, which it chose; the solver
        // then finds the plan where it does (and a proposer still scores its first choice in its own project).
        Settings free = new Settings(2, 1, 1, false, true, W);
        Plan away = plan(List.of("u1", "u2"), List.of("u0"), List.of("u3", "u4"));
        assertThat(rules(instance(free, List.of(), List.of()), away)).isEmpty();
        Instance in = instance(free, List.of(), List.of());
        CompiledInstance c = CompiledInstance.of(in);
        assertThat(c.proposersOf(c.proposalIndex("P0"))).isEmpty();
        assertThat(c.proposed(c.participantIndex("u0"), c.proposalIndex("P0"))).isTrue();
        assertThat(c.choiceScore(c.participantIndex("u0"), c.proposalIndex("P0"))).isEqualTo(10);
        Long free0 = BruteForce.optimum(c);
        Long held = BruteForce.optimum(CompiledInstance.of(instance(S, List.of(), List.of())));
        assertThat(free0).isGreaterThanOrEqualTo(held);
        assertThat(Solver.solve(in).plan().score().total()).isEqualTo(free0);
    }

    @Test
    void h7OnlyChosenProjects() throws Exception {
        Plan p = plan(List.of("u0", "u2", "u3"), List.of("u1"), List.of("u4"));
        assertThat(rules(instance(S, List.of(), List.of()), p)).containsExactly("H7");
        Settings anyProject = new Settings(2, 1, 1, true, false, W);
        assertThat(rules(instance(anyProject, List.of(), List.of()), p)).isEmpty();
    }

    @Test
    void h8Apart() throws Exception {
        assertThat(rules(instance(S, List.of(), List.of(new Pair("u3", "u1"))), BASE)).containsExactly("H8");
    }

    @Test
    void explainsWhereSomeoneIsAndWhatElseTheyCouldDo() throws Exception {
        CompiledInstance c = CompiledInstance.of(instance(S, List.of(new Lock("u0", "P0")), List.of()));
        ScoreState s = PlanMapping.toState(c, BASE);
        ParticipantExplanation u0 = Scorer.explain(s, c.participantIndex("u0"));
        assertThat(u0.team()).isEqualTo("P0");
        assertThat(u0.holds()).extracting(Hold::rule).contains("H5", "H6", "H2");
        ParticipantExplanation u2 = Scorer.explain(s, c.participantIndex("u2"));
        assertThat(u2.rank()).isEqualTo(1);
        assertThat(u2.alternatives()).singleElement().satisfies(a -> {
            assertThat(a.proposal()).isEqualTo("P1");
            assertThat(a.rank()).isZero();
            assertThat(a.blockedBy()).contains("H2"); // P0 would fall below its minimum
        });
    }

    @Test
    void aPlanThatDoesNotFitTheInstanceIsRejected() {
        Plan missing = plan(List.of("u0", "u2"), List.of("u1", "u3"), List.of());
        assertThatThrownBy(() -> Scorer.evaluate(instance(S, List.of(), List.of()), missing))
                .isInstanceOf(PlanMapping.PlanMismatchException.class);
        Plan unknown = plan(List.of("u0", "u2", "u9"), List.of("u1", "u3"), List.of("u4"));
        assertThatThrownBy(() -> Scorer.evaluate(instance(S, List.of(), List.of()), unknown))
                .isInstanceOf(PlanMapping.PlanMismatchException.class);
    }
}
