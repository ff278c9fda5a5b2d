package fr.equipage.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Themes listed in a form cell, in any spelling and with any separator, meet the catalogue's names. */
class TrainingThemesTest {

    @Test
    void everySpellingAndSeparatorMeetsTheCatalogue() {
        TrainingThemes themes = new TrainingThemes(List.of());
        for (String cell : List.of("ia de confiance; DATAVIZ\neco-responsabilite, nlp",
                "IA DE CONFIANCE, Dataviz, Éco-responsabilité; NLP", "- Ia de confiance\n- dataviz\n- ECO RESPONSABILITE\n- Nlp")) {
            assertThat(themes.resolve(Cells.list(cell))).as(cell)
                    .containsExactly("IA de confiance", "Dataviz", "Éco-responsabilité", "NLP");
        }
        assertThat(themes.resolve(Cells.list("aspects juridiques de la DATA ; savoir communiquer son projet data a des non experts")))
                .containsExactly("Aspects juridiques de la data", "Savoir communiquer son projet data à des non-experts");
        assertThat(themes.added()).isEmpty();
    }

    @Test
    void anUnknownSpellingBecomesANewThemeOnceAndIsReported() {
        TrainingThemes themes = new TrainingThemes(List.of("NLP", "Dataviz"));
        assertThat(themes.resolve(List.of("Python avancé", "nlp"))).containsExactly("Python avancé", "NLP");
        assertThat(themes.resolve(List.of("python avance", "Dataviz", "dataviz"))).containsExactly("Python avancé", "Dataviz");
        assertThat(themes.added()).containsExactly("Python avancé");
        assertThat(themes.all()).containsExactly("NLP", "Dataviz", "Python avancé");
    }

    @Test
    void theFormsColumnIsRecognisedInFrenchAndEnglish() {
        for (String header : List.of("Formations souhaitées", "Besoins de formation", "Training needs",
                "BESOINS DE FORMATION (plusieurs réponses possibles)", "Formations souhaitées ?")) {
            assertThat(HeaderMapper.targetOf(header).field()).as(header).isEqualTo(Field.TRAININGS);
        }
    }
}
