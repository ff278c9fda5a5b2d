package fr.equipage.ui.trainings;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.engine.InviteLists;
import fr.equipage.engine.InviteLists.InviteList;
import fr.equipage.io.TrainingDemand;
import fr.equipage.model.Participant;
import fr.equipage.model.SpeakerIdea;
import fr.equipage.model.TrainingSession;
import fr.equipage.service.Season;
import fr.equipage.ui.framework.I18n;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The programme side in words: what is not known yet says so, the invite list's title and sentence, the ideas. */
class ProgrammeTextsTest {
    private static final ProgrammeTexts FR = new ProgrammeTexts(new I18n(I18n.FRENCH));

    private static TrainingSession session(LocalDate date, String speaker, String place, boolean online) {
        return new TrainingSession(2, "NLP", date, speaker, 3, place, online);
    }

    private static Season season() {
        List<Participant> people = DemandChartTest.people();
        List<TrainingSession> sessions = List.of(session(LocalDate.of(2024, 3, 14), "Jeanne Martin", "Ségur", false));
        List<SpeakerIdea> ideas = List.of(new SpeakerIdea(1, "u2", "Jeanne Martin", "Etalab", "NLP", "a déjà animé un atelier"),
                new SpeakerIdea(2, null, "Paul Durand", "", "NLP", ""), new SpeakerIdea(3, "u1", "Ana Lopes", "Inria", "Dataviz", ""));
        List<String> themes = List.of("NLP", "Dataviz", "IA de confiance");
        return new Season(themes, TrainingDemand.of(themes, people, DemandChartTest.MINISTRIES), ideas,
                InviteLists.plan(sessions, people), people);
    }

    @Test
    void whatIsNotKnownYetIsSaidInWords() {
        TrainingSession open = session(null, "", "", false);
        assertThat(FR.date(open)).isEqualTo("à fixer");
        assertThat(FR.speaker(open)).isEqualTo("à trouver");
        assertThat(FR.where(open)).isEqualTo("à préciser");
        assertThat(FR.where(session(null, "", "", true))).isEqualTo("En ligne");
        assertThat(FR.where(session(null, "", "visio DINUM", true))).isEqualTo("En ligne — visio DINUM");
        TrainingSession fixed = session(LocalDate.of(2024, 3, 4), "Jeanne Martin", "Ségur, salle 2", false);
        assertThat(FR.date(fixed)).isEqualTo("04/03/2024");
        assertThat(FR.where(fixed)).isEqualTo("Ségur, salle 2");
    }

    @Test
    void theInviteListSaysHowManyForHowManySeatsAndWhyInOneSentence() {
        InviteList list = season().sessions().get(0);
        assertThat(Plain.of(FR.invitesTitle(list)))
                .isEqualTo("Session 2 · NLP · 14/03/2024 : 3 invités pour 3 places (4 demandes, 1 en liste d’attente)");
        List<ProgrammeTexts.InviteRow> rows = FR.invites(list);
        assertThat(rows).extracting(ProgrammeTexts.InviteRow::rank).containsExactly("1", "2", "3", "att. 1");
        assertThat(rows).extracting(ProgrammeTexts.InviteRow::waiting).containsExactly(false, false, false, true);
        List<Participant> order = new java.util.ArrayList<>(list.invited());
        order.addAll(list.waiting());
        assertThat(rows).extracting(ProgrammeTexts.InviteRow::name)
                .containsExactlyElementsOf(order.stream().map(Participant::name).toList());
        String why = Plain.of(FR.explanation(list));
        assertThat(why).startsWith("4 personnes ont demandé « NLP »").contains("3 places").doesNotContain("\n");
        assertThat(new ProgrammeTexts(new I18n(Locale.UK)).explanation(list)).isEqualTo(list.explanation().format(Locale.UK));
    }

    @Test
    void ideasAreNamedWithOrganisationAndWhoSuggestedThem() {
        Season s = season();
        assertThat(FR.ideasByTheme(s).get("NLP")).containsExactly("Jeanne Martin (Etalab)", "Paul Durand");
        assertThat(FR.ideasByTheme(s).get("Dataviz")).containsExactly("Ana Lopes (Inria)");
        assertThat(FR.ideaLine(s.ideas().get(0), s)).isEqualTo("Jeanne Martin (Etalab) — proposé par Pu2 Nu2 — a déjà animé un atelier");
        assertThat(FR.ideaLine(s.ideas().get(1), s)).isEqualTo("Paul Durand");
        assertThat(ProgrammeTexts.speakersByTheme(s).get("NLP")).containsExactly("Jeanne Martin", "Paul Durand");
        assertThat(Plain.of(FR.askingCount(s))).isEqualTo("5 personnes sur 6 ont exprimé un besoin");
    }
}
