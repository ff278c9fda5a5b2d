package fr.equipage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.equipage.model.Participant;
import fr.equipage.model.SpeakerIdea;
import fr.equipage.model.TrainingSession;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder written with V5 (training needs, no speakers or sessions) opens with V7: its people and
 * their needs unchanged, no idea and no session; then ideas and sessions round-trip, and erasing the
 * workshop erases them.
 */
class SpeakersAndSessionsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aV5FolderGainsSpeakerIdeasAndSessions() throws Exception {
        OldFolder.at(dir, "5",
                "INSERT INTO workshop (id, name) VALUES (1, 'Lancement')",
                "INSERT INTO participant (workshop_id, ref, first_name, last_name, trainings) VALUES "
                    + "(1, 'u1', 'Camille', 'Martin', ARRAY['NLP', 'Dataviz'])",
                "INSERT INTO training_theme (workshop_id, name, position) VALUES (1, 'NLP', 0), (1, 'Dataviz', 1)");
        try (Store store = Store.open(dir)) {
            Participant camille = store.tx(c -> store.participants.find(c, 1, "u1")).orElseThrow();
            assertThat(camille.trainings()).containsExactly("NLP", "Dataviz");
            List<SpeakerIdea> none = store.tx(c -> store.speakerIdeas.all(c, 1));
            assertThat(none).isEmpty();
            int first = store.tx(c -> store.trainingSessions.nextId(c, 1));
            assertThat(first).isEqualTo(1);

            SpeakerIdea idea = new SpeakerIdea(1, "u1", "Marie Curie", "Inria", "NLP", "très claire");
            SpeakerIdea anonymous = new SpeakerIdea(2, null, "Alan Turing", "", "", "");
            TrainingSession session = new TrainingSession(1, "NLP", LocalDate.of(2023, 5, 12), "Marie Curie", 25,
                    "Bercy, salle 3", true);
            TrainingSession undated = new TrainingSession(2, "Dataviz", null, "", 0, "", false);
            store.run(c -> {
                store.speakerIdeas.save(c, 1, idea);
                store.speakerIdeas.save(c, 1, anonymous);
                store.trainingSessions.save(c, 1, undated);
                store.trainingSessions.save(c, 1, session);
            });
            List<SpeakerIdea> ideas = store.tx(c -> store.speakerIdeas.all(c, 1));
            assertThat(ideas).containsExactly(idea, anonymous);
            List<TrainingSession> sessions = store.tx(c -> store.trainingSessions.all(c, 1));
            assertThat(sessions).as("dated first").containsExactly(session, undated);
            assertThatThrownBy(() -> store.run(c -> store.trainingSessions.save(c, 1, new TrainingSession(0, "NLP", null,
                    "", 1, "", false)))).isInstanceOf(IllegalArgumentException.class);

            store.run(c -> store.speakerIdeas.retheme(c, 1, "NLP", "Traitement du langage"));
            SpeakerIdea rethemed = store.tx(c -> store.speakerIdeas.find(c, 1, 1)).orElseThrow();
            assertThat(rethemed.theme()).isEqualTo("Traitement du langage");

            store.run(c -> store.workshops.delete(c, 1));
            List<TrainingSession> left = store.tx(c -> store.trainingSessions.all(c, 1));
            assertThat(left).isEmpty();
        }
    }
}
