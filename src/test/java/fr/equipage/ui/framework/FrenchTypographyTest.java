package fr.equipage.ui.framework;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every French text goes through one formatter: the rules of the Imprimerie nationale, not the keyboard's. */
class FrenchTypographyTest {
    private static final String THIN = "\u202F";

    @Test
    void highSignsGetANarrowNoBreakSpaceSoTheyNeverStartALine() {
        assertThat(FrenchTypography.apply("Score : 609 ; écart 3,3 % ! Vraiment ?"))
                .isEqualTo("Score" + THIN + ": 609" + THIN + "; écart 3,3" + THIN + "%" + THIN + "! Vraiment" + THIN + "?");
        assertThat(FrenchTypography.apply("« Optimiser »."))
                .isEqualTo("«" + THIN + "Optimiser" + THIN + "».");
        assertThat(FrenchTypography.apply("10%")).isEqualTo("10" + THIN + "%");
    }

    @Test
    void apostrophesAreTypographicAndNumbersGetATrueMinus() {
        assertThat(FrenchTypography.apply("l'équipe d'Inès : -20 points (-3)"))
                .isEqualTo("l\u2019équipe d\u2019Inès" + THIN + ": \u221220 points (\u22123)");
    }

    @Test
    void addressesTimesPathsAndHyphenatedWordsAreLeftAlone() {
        for (String s : new String[] {"https://example.org/a-1", "10:30", "C:\\data", "equipes-2023.csv",
                "Dupont-Moreau", "P-01"}) {
            assertThat(FrenchTypography.apply(s)).as(s).isEqualTo(s);
        }
    }

    @Test
    void i18nAppliesItToFrenchTextsAndNumbersOnlyInFrench() {
        I18n fr = new I18n(I18n.FRENCH);
        assertThat(fr.format("board.progress.noBound", 90, 2.5)).contains(THIN + ":").contains("2,5");
        assertThat(fr.bundle().getString("menu.undo.named")).isEqualTo("_Annuler" + THIN + ": {0}");
        I18n en = new I18n(Locale.UK);
        assertThat(en.typeset("Score : -3")).isEqualTo("Score : -3");
    }
}
