package fr.equipage.ui.meetups;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.ui.framework.I18n;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the organiser reads on the meet-ups screen, in French and English. */
class MeetupTextsTest {
    private static String plain(String s) {
        return s.replaceAll("[\u00a0\u202f]", " ");
    }

    private static MeetupTexts texts(Locale locale, MeetupsModel model) {
        return new MeetupTexts(new I18n(locale), model);
    }

    @Test
    void theStatusSaysHowManyMeetingsRepeatAndEachWarningNamesThePairAndWhen() {
        MeetupsModel model = new MeetupsModel(new I18n(I18n.FRENCH));
        model.load(MeetupsModelTest.planned());
        MeetupTexts fr = texts(I18n.FRENCH, model);
        assertThat(plain(fr.status())).isEqualTo("2 rencontres répétées");
        assertThat(fr.ok()).isFalse();
        assertThat(fr.warning(model.warnings(2).get(1))).isEqualTo("Léa Dupont et Hugo Bernard se sont déjà rencontrés au tour 1");
        assertThat(plain(fr.round(2))).isEqualTo("Tour 2 · planifié");
        assertThat(plain(fr.round(3))).isEqualTo("Tour 3 · à planifier");
        MeetupTexts en = texts(Locale.ENGLISH, model);
        assertThat(en.status()).isEqualTo("2 repeated meetings");
        assertThat(en.warning(model.warnings(2).get(0))).isEqualTo("Inès Petit and Zoé Richard already met in round 1");
        // Camille and Jules met before the season (history); Hugo and Zoé must be kept apart.
        var swap = model.previewSwap(1, "u5", "u2");
        assertThat(plain(fr.preview(1, "u5", "u2", swap))).startsWith("Échanger Jules Robert et Léa Dupont : −")
                .contains("Camille Martin et Jules Robert se sont déjà rencontrés avant ces tours");
        model.swap(1, "u6", "u1").orElseThrow();
        assertThat(plain(fr.status())).contains("1 paire à séparer réunie");
        assertThat(fr.warning(model.warnings(1).stream().filter(w -> w.kind() == PairWarning.Kind.APART).findFirst()
                .orElseThrow())).isEqualTo("Zoé Richard et Hugo Bernard doivent rester à des tables différentes");
    }

    @Test
    void aSeasonWithoutRepeatSaysSoAndAHeldRoundIsMarked() {
        MeetupsModel model = new MeetupsModel(new I18n(I18n.FRENCH));
        SeasonState s = MeetupsModelTest.planned();
        model.load(new SeasonState(s.instance(), new fr.equipage.model.Schedule(s.schedule().rounds().subList(0, 1), null),
                java.util.Set.of(1)));
        MeetupTexts fr = texts(I18n.FRENCH, model);
        assertThat(fr.status()).isEqualTo("Personne ne rencontre deux fois la même personne");
        assertThat(fr.ok()).isTrue();
        assertThat(plain(fr.round(1))).isEqualTo("Tour 1 · tenu");
        assertThat(plain(fr.score())).isEqualTo("Score : 1");
    }
}
