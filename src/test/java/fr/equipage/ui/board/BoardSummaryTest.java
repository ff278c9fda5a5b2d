package fr.equipage.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Plan;
import fr.equipage.ui.framework.I18n;
import org.junit.jupiter.api.Test;

/** What the board claims under its title, checked without a screen. */
class BoardSummaryTest {
    private final I18n i18n = new I18n(I18n.FRENCH);

    private BoardSummary summary(Plan plan) {
        BoardModel model = new BoardModel(new EditLabels(i18n));
        model.load(BoardModelTest.workshop(), plan);
        return BoardSummary.of(model, i18n, new Wording(i18n, model));
    }

    private static Plan withBound(Long bound) {
        Plan p = BoardModelTest.firstChoices();
        return new Plan(p.feasible(), p.teams(), p.unassigned(), p.score(), p.violations(), bound, false);
    }

    @Test
    void withoutAPlanItCountsPeopleAndProposalsAndClaimsNothing() {
        BoardSummary s = summary(null);
        assertThat(s.score()).startsWith("6 participants, 2 propositions");
        assertThat(s.feasibility()).isEmpty();
        assertThat(s.status()).isEqualTo(BoardSummary.Status.NONE);
    }

    @Test
    void aPlanAtItsBoundIsProvenBest() {
        int score = scoreOf(withBound(null));
        BoardSummary s = summary(withBound((long) score));
        assertThat(s.status()).isEqualTo(BoardSummary.Status.OK);
        assertThat(s.feasibility()).contains("meilleure répartition possible (prouvé)");
    }

    @Test
    void aPlanBelowItsBoundSaysHowFarAtMost() {
        int score = scoreOf(withBound(null));
        BoardSummary s = summary(withBound(score + 10L));
        assertThat(s.feasibility()).contains("sous le meilleur score possible (" + (score + 10) + ")")
                .doesNotContain("prouvé");
    }

    @Test
    void aPlanWithoutBoundOnlySaysTheRulesHold() {
        assertThat(summary(withBound(null)).feasibility()).isEqualTo("✔ Toutes les règles sont respectées");
    }

    @Test
    void aBoundProvenBeforeTheDataChangedIsSaidOutOfDateNotRepeated() {
        int score = scoreOf(withBound(null));
        BoardModel model = new BoardModel(new EditLabels(i18n));
        model.load(BoardModelTest.workshop(), withBound((long) score), true);
        BoardSummary s = BoardSummary.of(model, i18n, new Wording(i18n, model));
        assertThat(model.bound()).isNull();
        assertThat(s.feasibility()).doesNotContain("prouvé").doesNotContain("sous le meilleur score possible")
                .contains("les données ont changé depuis l’optimisation");
    }

    @Test
    void changingARuleOnTheBoardTurnsTheProofIntoAnOutOfDateNote() {
        int score = scoreOf(withBound(null));
        BoardModel model = new BoardModel(new EditLabels(i18n));
        model.load(BoardModelTest.workshop(), withBound((long) score));
        assertThat(BoardSummary.of(model, i18n, new Wording(i18n, model)).feasibility()).contains("prouvé");
        model.pin("u2").orElseThrow();
        assertThat(BoardSummary.of(model, i18n, new Wording(i18n, model)).feasibility()).doesNotContain("prouvé")
                .contains("ré-optimisez");
        // A new optimisation brings a fresh claim.
        model.applyOptimised(withBound((long) score));
        assertThat(model.boundOutdated()).isFalse();
    }

    @Test
    void progressLineNamesBestBoundAndGap() {
        assertThat(BoardSummary.progress(null, i18n)).isEqualTo("Recherche en cours…");
        assertThat(BoardSummary.progress(new OptimiseRunner.Progress(90L, 100L, 2500), i18n))
                .contains("Meilleur score\u202F: 90").contains("100").contains("10,0\u202F%");
    }

    private int scoreOf(Plan plan) {
        BoardModel model = new BoardModel(new EditLabels(i18n));
        model.load(BoardModelTest.workshop(), plan);
        return (int) model.evaluation().score().total();
    }

    @Test
    void afterAnOptimisationTheHintSaysWhichSolverRan() {
        BoardModel model = new BoardModel(new EditLabels(i18n));
        model.load(BoardModelTest.workshop(), null);
        assertThat(model.optimisedHere()).isFalse();
        model.applyOptimised(BoardModelTest.firstChoices());
        String hint = BoardSummary.of(model, i18n, new Wording(i18n, model)).hint();
        // Exact solver or heuristic alone, whichever this machine has: never silent.
        assertThat(hint).startsWith(i18n.format(fr.equipage.engine.CpSat.available() ? "board.solver.exact"
                : "board.solver.heuristic", fr.equipage.engine.CpSat.solver().format(i18n.locale())));
        assertThat(BoardSummary.of(model, new I18n(java.util.Locale.UK), new Wording(new I18n(java.util.Locale.UK), model))
                .hint()).contains("Computed by the");
    }
}
