package fr.equipage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.equipage.engine.InviteLists.InviteList;
import fr.equipage.model.Instance;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Settings;
import fr.equipage.model.SpeakerIdea;
import fr.equipage.model.TrainingSession;
import fr.equipage.store.Store;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Speaker ideas and sessions: stored, read back with invite lists, each edit undone and redone exactly. */
class SeasonServiceTest {
    static final Labels FRENCH = (key, args) -> new MessageFormat(
            ResourceBundle.getBundle("i18n.messages", Locale.FRENCH).getString(key), Locale.FRENCH).format(args);
    static final String IA = "IA de confiance";
    static final String NLP = "NLP";
    static final LocalDate MAY = LocalDate.of(2023, 5, 12);
    @TempDir
    Path dir;
    Services services;
    long workshop;

    static Instance workshop() {
        List<Ministry> ministries = List.of(new Ministry("MI", "Intérieur", null), new Ministry("MC", "Culture", null));
        List<Participant> people = List.of(
                person("u1", "Ada", "Martin", "MI", IA, NLP),
                person("u2", "Bob", "Durand", "MC", IA),
                person("u3", "Chloé", "Petit", "MI", NLP),
                person("u4", "Dan", "Roux", "MC"));
        return new Instance(Settings.DEFAULT, ministries, List.of(), people, List.of(), List.of(), List.of());
    }

    static Participant person(String id, String first, String last, String ministry, String... trainings) {
        return new Participant(id, first, last, id + "@exemple.gouv.fr", ministry, List.of(), List.of(), List.of(),
                List.of(trainings));
    }

    @BeforeEach
    void open() {
        services = Services.over(Store.open(dir.resolve("data")));
        workshop = services.workshops().saveInstance(workshop(), "Lancement").id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    SeasonEdits edits() {
        return services.season(workshop).edits(FRENCH);
    }

    Season read() {
        return services.season(workshop).read();
    }

    @Test
    void aNewWorkshopHasTheDefaultThemesTheirDemandAndNothingPlanned() {
        Season s = read();
        assertThat(s.themes()).hasSize(6).startsWith(IA, NLP);
        assertThat(s.demandFor(IA)).isEqualTo(2);
        assertThat(s.demandFor(NLP)).isEqualTo(2);
        assertThat(s.demandFor("Dataviz")).isZero();
        assertThat(s.ideas()).isEmpty();
        assertThat(s.sessions()).isEmpty();
    }

    @Test
    void speakerIdeasAreAddedEditedAndRemovedWithUndoKeepingTheirNumber() throws Exception {
        UndoableEdit add = edits().addIdea(new SpeakerIdea(0, "u1", "Marie Curie", "Inria", IA, "vue à VivaTech"));
        assertThat(add.label()).isEqualTo("ajouter l'idée d'intervenant « Marie Curie »");
        add.redo();
        SpeakerIdea stored = read().ideas().get(0);
        assertThat(stored).isEqualTo(new SpeakerIdea(1, "u1", "Marie Curie", "Inria", IA, "vue à VivaTech"));
        assertThat(read().suggester(stored)).map(Participant::name).hasValue("Ada Martin");
        add.undo();
        assertThat(read().ideas()).isEmpty();
        add.redo();
        assertThat(read().ideas()).containsExactly(stored);

        UndoableEdit edit = edits().editIdea(stored, new SpeakerIdea(0, "u1", "Marie Curie", "CNRS", NLP, ""));
        edit.redo();
        assertThat(read().ideas()).containsExactly(new SpeakerIdea(1, "u1", "Marie Curie", "CNRS", NLP, ""));
        assertThat(read().ideasByTheme().get(NLP)).hasSize(1);
        edit.undo();
        assertThat(read().ideas()).containsExactly(stored);

        UndoableEdit remove = edits().removeIdea(stored);
        remove.redo();
        assertThat(read().ideas()).isEmpty();
        remove.undo();
        assertThat(read().ideas()).containsExactly(stored);
    }

    @Test
    void sessionsAreAddedEditedAndRemovedAndComeBackAtTheirPlace() throws Exception {
        UndoableEdit first = edits().addSession(new TrainingSession(0, NLP, null, "", 10, "", true));
        first.redo();
        UndoableEdit second = edits().addSession(new TrainingSession(0, IA, null, "Marie Curie", 1, "Salle 3", false));
        second.redo();
        assertThat(read().sessionList()).extracting(TrainingSession::id).containsExactly(1, 2);
        assertThat(services.workshops().counts(workshop).trainingSessions())
                .as("the confirmation before deleting the workshop counts them").isEqualTo(2);
        TrainingSession nlp = read().session(1).orElseThrow().session();
        UndoableEdit remove = edits().removeSession(nlp);
        remove.redo();
        assertThat(read().sessionList()).extracting(TrainingSession::id).containsExactly(2);
        remove.undo();
        assertThat(read().sessionList()).extracting(TrainingSession::id).containsExactly(1, 2);
        assertThat(read().session(1).orElseThrow().session()).isEqualTo(nlp);

        UndoableEdit dated = edits().editSession(nlp, new TrainingSession(0, NLP, MAY, "", 10, "", true));
        dated.redo();
        assertThat(read().sessionList()).as("dated sessions first").extracting(TrainingSession::id).containsExactly(1, 2);
        TrainingSession ia = read().session(2).orElseThrow().session();
        edits().editSession(ia, new TrainingSession(0, IA, MAY.minusDays(1), "Marie Curie", 1, "Salle 3", false)).redo();
        assertThat(read().sessionList()).extracting(TrainingSession::id).containsExactly(2, 1);
        dated.undo();
        assertThat(read().session(1).orElseThrow().session()).isEqualTo(nlp);
        second.undo();
        first.undo();
        assertThat(read().sessions()).isEmpty();
    }

    @Test
    void aSessionOnAThemeOutsideTheCatalogueIsRefusedAndNothingIsSaved() {
        UndoableEdit edit = edits().addSession(new TrainingSession(0, "Cuisine", null, "", 10, "", false));
        assertThatThrownBy(edit::redo).isInstanceOf(SeasonEditException.class)
                .hasMessage("Le thème « Cuisine » n'est pas dans le catalogue de l'atelier.");
        assertThatThrownBy(edits().addSession(new TrainingSession(0, "", null, "", 10, "", false))::redo)
                .hasMessageContaining("Une session doit avoir un thème");
        assertThat(read().sessions()).isEmpty();
    }

    @Test
    void anIdeaWithoutASpeakerOrOnAThemeOutsideTheCatalogueIsRefused() {
        assertThatThrownBy(edits().addIdea(new SpeakerIdea(0, "u1", " ", "Inria", IA, ""))::redo)
                .isInstanceOf(SeasonEditException.class).hasMessageContaining("doit avoir un nom");
        assertThatThrownBy(edits().addIdea(new SpeakerIdea(0, "u1", "Marie Curie", "", "Cuisine", ""))::redo)
                .hasMessage("Le thème « Cuisine » n'est pas dans le catalogue de l'atelier.");
        assertThat(read().ideas()).isEmpty();
    }

    @Test
    void sessionsComeWithTheirInviteListAndItsExplanation() throws Exception {
        edits().addSession(new TrainingSession(0, IA, MAY, "", 1, "", false)).redo();
        edits().addSession(new TrainingSession(0, NLP, MAY.plusDays(7), "", 1, "", false)).redo();
        List<InviteList> lists = read().sessions();
        // IA: Bob Durand and Ada Martin asked, same ministry count, none got anything: by name, Durand first.
        assertThat(lists.get(0).invited()).extracting(Participant::id).containsExactly("u2");
        assertThat(lists.get(0).explanation().french()).isEqualTo("2 personnes ont demandé « IA de confiance » ; la place "
                + "va à celle qui a obtenu le moins de ses souhaits, en alternant les ministères.");
        // NLP: Ada Martin and Chloé Petit asked, neither got anything yet: Martin before Petit.
        assertThat(lists.get(1).invited()).extracting(Participant::id).containsExactly("u1");
        assertThat(lists.get(1).asked()).isEqualTo(2);
    }

    @Test
    void erasingAPersonLeavesTheirIdeasSuggestedByNobodyAndUndoGivesThemBack() throws Exception {
        edits().addIdea(new SpeakerIdea(0, "u1", "Marie Curie", "Inria", IA, "")).redo();
        Participant ada = services.read(workshop).participantById().get("u1");
        UndoableEdit erase = services.participantEdits(workshop, FRENCH).delete(ada);
        erase.redo();
        assertThat(read().ideas()).extracting(SpeakerIdea::suggestedBy).containsOnlyNulls();
        assertThat(read().ideas()).extracting(SpeakerIdea::speaker).containsExactly("Marie Curie");
        erase.undo();
        assertThat(read().ideas()).extracting(SpeakerIdea::suggestedBy).containsExactly("u1");
    }

    @Test
    void duplicatingAWorkshopCopiesItsIdeasAndSessions() throws Exception {
        edits().addIdea(new SpeakerIdea(0, "u2", "Alan Turing", "", IA, "")).redo();
        edits().addSession(new TrainingSession(0, IA, MAY, "Alan Turing", 20, "Bercy", false)).redo();
        long copy = services.workshops().duplicate(workshop, "Copie").orElseThrow().id();
        Season s = services.season(copy).read();
        assertThat(s.ideas()).isEqualTo(read().ideas());
        assertThat(s.sessionList()).isEqualTo(read().sessionList());
    }
}
