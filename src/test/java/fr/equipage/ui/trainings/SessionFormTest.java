package fr.equipage.ui.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.TrainingSession;
import fr.equipage.ui.framework.I18n;
import fr.equipage.ui.trainings.SessionForm.Field;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The session form: each mistake said beside its field, and a valid form gives the session to save. */
class SessionFormTest {
    private static final I18n FR = new I18n(I18n.FRENCH);
    private static final List<String> THEMES = List.of("NLP", "Dataviz", "Éco-responsabilité");

    private static SessionForm filled() {
        SessionForm f = SessionForm.forNew(FR, THEMES, "NLP", 12);
        f.setDate("14/03/2024");
        f.setSpeaker("  Jeanne   Martin ");
        f.setPlace("Ségur, salle 2");
        return f;
    }

    @Test
    void aNewSessionProposesTheDemandAsCapacity() {
        assertThat(SessionForm.forNew(FR, THEMES, "NLP", 12).capacity()).isEqualTo("12");
        assertThat(SessionForm.forNew(FR, THEMES, "NLP", 0).capacity()).as("at least one seat").isEqualTo("1");
    }

    @Test
    void aFilledFormGivesTheSessionWithTheCataloguesSpelling() {
        SessionForm f = filled();
        f.setTheme("eco responsabilite");
        assertThat(f.problems()).isEmpty();
        assertThat(f.draft()).contains(new TrainingSession(0, "Éco-responsabilité", LocalDate.of(2024, 3, 14), "Jeanne Martin",
                12, "Ségur, salle 2", false));
    }

    @Test
    void capacityMustBeAWholeNumberAboveZero() {
        SessionForm f = filled();
        f.setCapacity("0");
        assertThat(f.problems()).containsOnlyKeys(Field.CAPACITY);
        assertThat(Plain.of(f.problems().get(Field.CAPACITY))).isEqualTo("Une session doit avoir au moins une place.");
        f.setCapacity("dix");
        assertThat(Plain.of(f.problems().get(Field.CAPACITY))).isEqualTo("Nombre de places : « dix » n’est pas un nombre entier.");
        f.setCapacity("-3");
        assertThat(f.problems()).containsKey(Field.CAPACITY);
        f.setCapacity("");
        assertThat(Plain.of(f.problems().get(Field.CAPACITY))).isEqualTo("Indiquez le nombre de places.");
        assertThat(f.draft()).isEmpty();
        f.setCapacity(" 25 ");
        assertThat(f.draft().orElseThrow().capacity()).isEqualTo(25);
    }

    @Test
    void datesAreReadAsFrenchPeopleTypeThemAndImpossibleDaysAreRefused() {
        SessionForm f = filled();
        for (String typed : List.of("14/03/2024", "14/3/2024", "14/3/24", "14.03.2024", "2024-03-14")) {
            f.setDate(typed);
            assertThat(f.draft().orElseThrow().date()).as(typed).isEqualTo(LocalDate.of(2024, 3, 14));
        }
        f.setDate("31/02/2024");
        assertThat(Plain.of(f.problems().get(Field.DATE))).isEqualTo(
                "Date illisible : « 31/02/2024 ». Écrivez-la jj/mm/aaaa, par exemple 14/03/2024.");
        f.setDate(" ");
        assertThat(f.draft().orElseThrow().date()).as("a day not fixed yet").isNull();
    }

    @Test
    void thePlaceMayComeLaterAndTooLongAPlaceIsRefused() {
        SessionForm f = filled();
        f.setPlace("");
        assertThat(f.problems()).isEmpty();
        f.setOnline(true);
        assertThat(f.draft().orElseThrow().online()).isTrue();
        f.setPlace("x".repeat(201));
        assertThat(f.problems()).containsOnlyKeys(Field.PLACE);
    }

    @Test
    void theThemeMustBeInTheCatalogue() {
        SessionForm f = filled();
        f.setTheme("Cuisine");
        assertThat(Plain.of(f.problems().get(Field.THEME))).contains("« Cuisine » n’est pas au catalogue");
        f.setTheme("");
        assertThat(Plain.of(f.problems().get(Field.THEME))).isEqualTo("Choisissez le thème de la session.");
    }

    @Test
    void editingASavedSessionStartsFromItsValuesAndKeepsItsNumber() {
        TrainingSession saved = new TrainingSession(3, "Dataviz", LocalDate.of(2024, 4, 2), "", 8, "", true);
        SessionForm f = SessionForm.of(FR, THEMES, saved);
        assertThat(f.date()).isEqualTo("02/04/2024");
        assertThat(f.draft()).contains(saved);
    }

    @Test
    void problemsComeInTheFormsOrder() {
        SessionForm f = new SessionForm(FR, THEMES);
        f.setDate("32/01/2024");
        f.setSpeaker("y".repeat(201));
        assertThat(f.problems().keySet()).containsExactly(Field.THEME, Field.DATE, Field.SPEAKER, Field.CAPACITY);
    }
}
