package fr.equipage.ui.controls;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a label may not break: the words, where only spaces, hyphens and slashes allow a new line. */
class WordsTest {
    @Test
    void wordsAreSplitAtSpacesAndAfterHyphensAndSlashes() {
        assertThat(WordLabel.Words.of("Inès Boulanger")).containsExactly("Inès", "Boulanger");
        assertThat(WordLabel.Words.of("TrouverMonExpertData")).containsExactly("TrouverMonExpertData");
        assertThat(WordLabel.Words.of("Léa Dupont-Moreau (DGFIP/SG)"))
                .containsExactly("Léa", "Dupont-", "Moreau", "(DGFIP/", "SG)");
        assertThat(WordLabel.Words.of("  ")).containsExactly();
    }
}
