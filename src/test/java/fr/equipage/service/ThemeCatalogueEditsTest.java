package fr.equipage.service;

import static fr.equipage.service.SeasonServiceTest.FRENCH;
import static fr.equipage.service.SeasonServiceTest.IA;
import static fr.equipage.service.SeasonServiceTest.NLP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.equipage.io.TrainingThemes;
import fr.equipage.model.Participant;
import fr.equipage.model.SpeakerIdea;
import fr.equipage.model.TrainingSession;
import fr.equipage.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renaming, merging, adding and removing training themes: each rewrites needs, sessions and ideas in one
 * go, refuses what would lose or confuse data with a French reason, and is undone exactly.
 */
class ThemeCatalogueEditsTest {
    @TempDir
    Path dir;
    Services services;
    long workshop;

    @BeforeEach
    void open() throws Exception {
        services = Services.over(Store.open(dir.resolve("data")));
        workshop = services.workshops().saveInstance(SeasonServiceTest.workshop(), "Lancement").id();
        SeasonEdits edits = services.season(workshop).edits(FRENCH);
        edits.addIdea(new SpeakerIdea(0, "u1", "Marie Curie", "Inria", IA, "")).redo();
        edits.addIdea(new SpeakerIdea(0, "u3", "Alan Turing", "", NLP, "")).redo();
        edits.addSession(new TrainingSession(0, NLP, null, "", 10, "", true)).redo();
    }

    @AfterEach
    void close() {
        services.close();
    }

    ThemeCatalogueEdits catalogue() {
        return services.season(workshop).catalogue(FRENCH);
    }

    Season read() {
        return services.season(workshop).read();
    }

    Map<String, List<String>> needs() {
        return read().people().stream().collect(Collectors.toMap(Participant::id, Participant::trainings));
    }

    @Test
    void renamingRewritesNeedsSessionsAndIdeasAndUndoGoesBackToTheDefaults() throws Exception {
        UndoableEdit rename = catalogue().rename(NLP, "  Traitement   du langage ");
        assertThat(rename.label()).isEqualTo("renommer le thème « NLP » en « Traitement du langage »");
        rename.redo();
        Season s = read();
        assertThat(s.themes()).containsExactly("IA de confiance", "Traitement du langage", "Dataviz", "Éco-responsabilité",
                "Aspects juridiques de la data", "Savoir communiquer son projet data à des non-experts");
        assertThat(needs()).containsEntry("u1", List.of(IA, "Traitement du langage"))
                .containsEntry("u3", List.of("Traitement du langage"));
        assertThat(s.sessionList().get(0).theme()).isEqualTo("Traitement du langage");
        assertThat(s.ideas().get(1).theme()).isEqualTo("Traitement du langage");
        assertThat(s.demandFor("Traitement du langage")).isEqualTo(2);

        rename.undo();
        assertThat(read().themes()).isEqualTo(TrainingThemes.DEFAULTS);
        assertThat(needs()).containsEntry("u1", List.of(IA, NLP)).containsEntry("u3", List.of(NLP));
        assertThat(read().sessionList().get(0).theme()).isEqualTo(NLP);
        assertThat(read().ideas().get(1).theme()).isEqualTo(NLP);
        rename.redo();
        assertThat(read().themes()).contains("Traitement du langage").doesNotContain(NLP);
    }

    @Test
    void renamingOntoAnotherThemeIsRefusedButAChangeOfCaseIsARename() throws Exception {
        assertThatThrownBy(catalogue().rename(NLP, "dataviz")::redo).isInstanceOf(SeasonEditException.class)
                .hasMessage("Le thème « dataviz » existe déjà : fusionnez plutôt les deux thèmes.");
        assertThatThrownBy(catalogue().rename(NLP, " ")::redo).hasMessage("Le nom du thème est vide : tapez un nom.");
        assertThatThrownBy(catalogue().rename("Cuisine", "Pâtisserie")::redo)
                .hasMessage("Le thème « Cuisine » n'est pas dans le catalogue de l'atelier.");
        assertThat(read().themes()).isEqualTo(TrainingThemes.DEFAULTS);
        catalogue().rename(NLP, "nlp").redo();
        assertThat(read().themes()).contains("nlp").doesNotContain(NLP);
    }

    @Test
    void mergingLeavesEachPersonAskingOnceAndUndoPutsBackTheirExactNeeds() throws Exception {
        UndoableEdit merge = catalogue().merge(NLP, IA);
        merge.redo();
        assertThat(read().themes()).doesNotContain(NLP).contains(IA);
        assertThat(needs()).containsEntry("u1", List.of(IA)).containsEntry("u2", List.of(IA)).containsEntry("u3", List.of(IA));
        assertThat(read().demandFor(IA)).isEqualTo(3);
        assertThat(read().sessionList().get(0).theme()).isEqualTo(IA);
        assertThat(read().ideasOn(IA)).hasSize(2);
        merge.undo();
        assertThat(needs()).containsEntry("u1", List.of(IA, NLP)).containsEntry("u2", List.of(IA))
                .containsEntry("u3", List.of(NLP));
        assertThat(read().ideasOn(NLP)).extracting(SpeakerIdea::speaker).containsExactly("Alan Turing");
        assertThat(read().themes()).isEqualTo(TrainingThemes.DEFAULTS);
        assertThatThrownBy(catalogue().merge(NLP, NLP)::redo).hasMessageContaining("avec lui-même");
    }

    @Test
    void addingThenRemovingAnUnusedTheme() throws Exception {
        UndoableEdit add = catalogue().add("Python avancé");
        add.redo();
        assertThat(read().themes()).endsWith("Python avancé").hasSize(7);
        assertThatThrownBy(catalogue().add("python AVANCE")::redo).hasMessageContaining("existe déjà");
        UndoableEdit remove = catalogue().remove("Python avancé");
        remove.redo();
        assertThat(read().themes()).isEqualTo(TrainingThemes.DEFAULTS);
        remove.undo();
        assertThat(read().themes()).endsWith("Python avancé");
        add.undo();
        assertThat(read().themes()).isEqualTo(TrainingThemes.DEFAULTS);
    }

    @Test
    void aThemeInUseIsNotRemovedAndTheRefusalSaysWhoUsesIt() {
        assertThatThrownBy(catalogue().remove(NLP)::redo).isInstanceOf(SeasonEditException.class)
                .hasMessage("Le thème « NLP » est encore utilisé (demandé par 2 personnes, 1 session, 1 idée d'intervenant) : "
                        + "fusionnez-le plutôt dans un autre thème.");
        assertThat(read().themes()).contains(NLP);
    }
}
