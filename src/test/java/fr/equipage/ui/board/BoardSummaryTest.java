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
    void progressLineNamesBestBoundAndGap() {
        assertThat(BoardSummary.progress(null, i18n)).isEqualTo("Recherche en cours…");
        assertThat(BoardSummary.progress(new OptimiseRunner.Progress(90L, 100L, 2500), i18n))
                .contains("Meilleur score : 90").contains("100").contains("10,0 %");
    }

    private int scoreOf(Plan plan) {
        BoardModel model = new BoardModel(new EditLabels(i18n));
        model.load(BoardModelTest.workshop(), plan);
        return (int) model.evaluation().score().total();
    }
}
