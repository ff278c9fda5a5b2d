package fr.equipage.ui.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.ui.framework.I18n;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Adding, renaming, merging and removing themes: what is refused, and the French sentence that says why. */
class CatalogueChecksTest {
    private final CatalogueChecks checks = new CatalogueChecks(new I18n(I18n.FRENCH),
            List.of("IA de confiance", "NLP", "Dataviz", "Éco-responsabilité"));

    @Test
    void addingANewThemeCollapsesItsSpaces() {
        CatalogueChecks.Result r = checks.add("  Sobriété   numérique ");
        assertThat(r.ok()).isTrue();
        assertThat(r.name()).isEqualTo("Sobriété numérique");
    }

    @Test
    void addingAnExistingThemeInAnotherSpellingIsRefusedAndNamesIt() {
        CatalogueChecks.Result r = checks.add("eco responsabilite");
        assertThat(r.ok()).isFalse();
        assertThat(Plain.of(r.problem())).isEqualTo("Le thème « Éco-responsabilité » existe déjà (les majuscules et les accents ne comptent pas).");
        assertThat(Plain.of(checks.add("   ").problem())).startsWith("Le nom du thème est vide");
        assertThat(Plain.of(checks.add("x".repeat(201)).problem())).contains("200").contains("201");
        assertThat(checks.add("x".repeat(200)).ok()).isTrue();
    }

    @Test
    void renamingIntoAnotherThemeSaysToMergeInstead() {
        CatalogueChecks.Result r = checks.rename("NLP", "dataviz");
        assertThat(r.ok()).isFalse();
        assertThat(Plain.of(r.problem())).contains("« Dataviz » existe déjà").contains("« Fusionner »").contains("« NLP »");
    }

    @Test
    void renamingMayFixCaseOrAccentsOfTheSameTheme() {
        assertThat(checks.rename("Dataviz", "DataViz").name()).isEqualTo("DataViz");
        assertThat(checks.rename("NLP", "Traitement du langage (NLP)").name()).isEqualTo("Traitement du langage (NLP)");
        assertThat(Plain.of(checks.rename("NLP", "NLP").problem())).isEqualTo("Le nom n’a pas changé.");
        assertThat(checks.rename("NLP", "").ok()).isFalse();
    }

    @Test
    void mergingNeedsAnotherThemeOfTheCatalogue() {
        assertThat(checks.merge("NLP", "Dataviz").name()).isEqualTo("Dataviz");
        assertThat(Plain.of(checks.merge("NLP", "NLP").problem())).contains("avec lui-même");
        assertThat(checks.merge("NLP", null).ok()).isFalse();
        assertThat(checks.merge("NLP", "Inconnu").ok()).isFalse();
        assertThat(checks.mergeTargets("NLP")).containsExactly("IA de confiance", "Dataviz", "Éco-responsabilité");
    }

    @Test
    void onlyAThemeNobodyUsesCanBeRemovedOtherwiseTheSentenceSaysWhoAndToMerge() {
        assertThat(checks.remove("NLP", 0, 0, 0).name()).isEqualTo("NLP");
        assertThat(Plain.of(checks.remove("NLP", 3, 1, 0).problem())).isEqualTo("« NLP » est encore utilisé : "
                + "3 personnes l’ont demandé, une session, aucune idée d’intervenant. Fusionnez-le plutôt dans un autre "
                + "thème (bouton « Fusionner »).");
        assertThat(Plain.of(checks.remove("NLP", 0, 0, 2).problem())).contains("personne ne l’a demandé")
                .contains("aucune session").contains("2 idées d’intervenant");
    }
}
