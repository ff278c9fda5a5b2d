package fr.equipage.ui.board;

import fr.equipage.service.BoardSnapshot;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Instance;
import fr.equipage.model.Lock;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.Settings;
import fr.equipage.model.Team;
import fr.equipage.model.Violation;
import fr.equipage.model.Weights;
import fr.equipage.ui.framework.I18n;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The board's logic without a screen: edits re-score at once, name themselves, and undo exactly. */
class BoardModelTest {
    static final Settings RULES = new Settings(2, 2, 2, true, true, Weights.DEFAULT);

    /** Two projects of 2–3 people, six people from three ministries; A and B are full at 3. */
    static Instance workshop() {
        List<Ministry> ministries = List.of(new Ministry("MI", "Intérieur", null), new Ministry("MC", "Culture", null),
                new Ministry("MEFSIN", "Économie", null), new Ministry("INSEE", "Insee", "MEFSIN"));
        List<Proposal> proposals = List.of(
                new Proposal("PA", "Cartiflette", "MI", List.of("sig"), 2, 3, List.of("u1")),
                new Proposal("PB", "PoufDoc", "MC", List.of("nlp"), 2, 3, List.of()));
        List<Participant> people = List.of(
                person("u1", "Camille", "Martin", "MI", List.of("sig"), "PA", "PB"),
                person("u2", "Léa", "Dupont", "MC", List.of(), "PA", "PB"),
                person("u3", "Hugo", "Bernard", "INSEE", List.of(), "PA", "PB"),
                person("u4", "Inès", "Petit", "MEFSIN", List.of("nlp"), "PB", "PA"),
                person("u5", "Jules", "Robert", "MI", List.of(), "PB", "PA"),
                person("u6", "Zoé", "Richard", "MC", List.of(), "PB", "PA"));
        return new Instance(RULES, ministries, proposals, people, List.of(), List.of(), List.of());
    }

    static Participant person(String id, String first, String last, String ministry, List<String> skills,
                              String... choices) {
        return new Participant(id, first, last, null, ministry, skills, List.of(), List.of(choices));
    }

    /** Everyone in their first choice: a feasible plan. */
    static Plan firstChoices() {
        return new Plan(true, List.of(new Team("PA", List.of("u1", "u2", "u3")), new Team("PB", List.of("u4", "u5", "u6"))),
                List.of(), null, null, null, false);
    }

    private BoardModel model;
    private int notified;

    @BeforeEach
    void setUp() {
        model = new BoardModel(new EditLabels(new I18n(I18n.FRENCH)));
        model.addListener(() -> notified++);
        model.load(workshop(), firstChoices());
    }

    @Test
    void loadsAndScoresTheStoredPlan() {
        assertThat(model.hasPlan()).isTrue();
        assertThat(model.evaluation().feasible()).isTrue();
        // choices: u1 proposer 10, five first choices 10 each = 60; skills sig + nlp = 8; extra ministries: PA has
        // MI, MC, MEFSIN (3 − 2 = 1), PB has MEFSIN, MI, MC (1) = 2.
        assertThat(model.evaluation().score().total()).isEqualTo(60 + 8 + 2);
        assertThat(model.isProposerOfOwnTeam("u1")).isTrue();
        assertThat(model.rankObtained("u4")).isZero();
    }

    @Test
    void movingIntoAFullTeamBreaksTheSizeRuleThereAndUndoRestores() {
        BoardSnapshot start = model.snapshot();
        BoardChange change = model.move("u4", "PA").orElseThrow();

        assertThat(change.label()).isEqualTo("déplacer Inès Petit vers Cartiflette");
        assertThat(model.teamOf("u4")).isEqualTo("PA");
        assertThat(model.evaluation().feasible()).isFalse();
        assertThat(brokenIn("PA")).extracting(Violation::rule).contains("H2");
        assertThat(brokenIn("PB")).isEmpty();

        model.restore(change.before());
        assertThat(model.teamOf("u4")).isEqualTo("PB");
        assertThat(model.evaluation().feasible()).isTrue();
        assertThat(model.snapshot().plan().teams()).isEqualTo(start.plan().teams());

        model.restore(change.after());
        assertThat(model.teamOf("u4")).isEqualTo("PA");
    }

    @Test
    void swappingKeepsSizesAndNamesBothPeople() {
        BoardChange change = model.swap("u2", "u6").orElseThrow();
        assertThat(change.label()).isEqualTo("échanger Léa Dupont et Zoé Richard");
        assertThat(model.teamOf("u2")).isEqualTo("PB");
        assertThat(model.teamOf("u6")).isEqualTo("PA");
        // Both lose their 1st choice (10) for their 2nd (7).
        assertThat(model.evaluation().score().choice()).isEqualTo(60 - 3 - 3);
        assertThat(model.swap("u2", "u4")).isEmpty(); // same team now: nothing to do
    }

    @Test
    void previewsSayWhatADropWouldDoWithoutChangingThePlan() {
        long before = model.evaluation().score().total();
        MovePreview move = model.previewMove("u2", "PB");
        assertThat(move.action()).isEqualTo("déplacer Léa Dupont vers PoufDoc");
        assertThat(move.scoreDelta()).isEqualTo(-3 - 1); // 2nd choice, and PA loses its only MC member
        MovePreview swap = model.previewSwap("u2", "u6");
        assertThat(swap.scoreDelta()).isEqualTo(-6);
        assertThat(model.previewMove("u2", "PA").allowed()).isFalse();
        assertThat(model.evaluation().score().total()).isEqualTo(before);
        assertThat(model.teamOf("u2")).isEqualTo("PA");
    }

    @Test
    void aPreviewNamesTheRuleTheDropWouldBreak() {
        // PB is full at 3: a fourth member breaks its size rule, which the preview must say before the drop.
        MovePreview over = model.previewMove("u2", "PB");
        assertThat(over.broken()).extracting(Violation::rule).contains("H2");
        assertThat(model.evaluation().violations()).isEmpty();
        MovePreview swap = model.previewSwap("u2", "u6");
        assertThat(swap.broken()).isEmpty();
        I18n i18n = new I18n(I18n.FRENCH);
        String line = new Wording(i18n, model).preview(over);
        assertThat(line).startsWith("Déplacer Léa Dupont vers PoufDoc (\u22124 points) — enfreint\u202F: ");
    }

    @Test
    void pinningHoldsThePersonAndMovingThemAwayBreaksThePin() {
        BoardChange pin = model.pin("u2").orElseThrow();
        assertThat(pin.label()).isEqualTo("épingler Léa Dupont à Cartiflette");
        assertThat(model.pinOf("u2")).isEqualTo("PA");
        assertThat(pin.after().locks()).containsExactly(new Lock("u2", "PA"));
        assertThat(model.explain("u2").holds()).extracting(h -> h.rule()).contains("H5");

        model.move("u2", "PB");
        assertThat(model.evaluation().violations()).extracting(Violation::rule).contains("H5");

        model.restore(pin.before());
        assertThat(model.pinOf("u2")).isNull();
        assertThat(model.evaluation().feasible()).isTrue();
    }

    @Test
    void unassignedPeopleCannotBePinned() {
        model.move("u3", null);
        assertThat(model.unassigned()).containsExactly("u3");
        assertThat(model.pin("u3")).isEmpty();
    }

    @Test
    void keepingTwoTeamMatesApartBreaksTheApartRule() {
        BoardChange apart = model.keepApart("u2", "u3").orElseThrow();
        assertThat(apart.label()).isEqualTo("séparer Léa Dupont et Hugo Bernard");
        assertThat(model.evaluation().violations()).extracting(Violation::rule).containsExactly("H8");
        assertThat(model.apartFrom("u3")).containsExactly("u2");
        assertThat(model.keepApart("u3", "u2")).isEmpty(); // the same pair, either way round

        model.removeApart("u3", "u2").orElseThrow();
        assertThat(model.evaluation().feasible()).isTrue();
    }

    @Test
    void puttingTwoPeopleTogetherRewardsThemWhenTheyShareATeam() {
        long before = model.evaluation().score().total();
        model.together("u1", "u2").orElseThrow();
        assertThat(model.evaluation().score().together()).isEqualTo(Weights.DEFAULT.together());
        assertThat(model.evaluation().score().total()).isEqualTo(before + Weights.DEFAULT.together());
    }

    @Test
    void settingsChangeReScoresTheSamePlanAndNamesTheSetting() {
        Settings stricter = new Settings(2, 4, 2, true, true, Weights.DEFAULT);
        BoardChange change = model.changeSettings(stricter, "Ministères différents par équipe (au moins)", "4").orElseThrow();
        assertThat(change.label()).isEqualTo("régler «\u202FMinistères différents par équipe (au moins)\u202F» sur 4");
        assertThat(model.teamOf("u1")).isEqualTo("PA");
        assertThat(model.evaluation().violations()).extracting(Violation::rule).containsOnly("H3");
        assertThat(model.changeSettings(stricter, "x", "4")).isEmpty();
    }

    @Test
    void everyEditTellsTheView() {
        int before = notified;
        model.move("u4", "PA");
        model.pin("u1");
        assertThat(notified).isEqualTo(before + 2);
    }

    @Test
    void anOptimisedPlanReplacesTheBoardAndKeepsItsBound() {
        model.move("u4", "PA");
        Plan optimised = new Plan(true, firstChoices().teams(), List.of(), null, null, 70L, true);
        BoardChange change = model.applyOptimised(optimised);
        assertThat(change.label()).isEqualTo("optimiser les équipes");
        assertThat(model.bound()).isEqualTo(70L);
        assertThat(model.currentPlan().optimal()).isTrue();
        assertThat(model.currentPlan().score().total()).isEqualTo(70);
    }

    @Test
    void withoutPlanEveryoneIsUnassignedAndNothingMoves() {
        model.load(workshop(), null);
        assertThat(model.hasPlan()).isFalse();
        assertThat(model.unassigned()).hasSize(6);
        assertThat(model.move("u1", "PA")).isEmpty();
        assertThat(model.currentPlan()).isNull();
    }

    private List<Violation> brokenIn(String team) {
        return model.evaluation().violations().stream().filter(v -> team.equals(v.team())).toList();
    }
}
