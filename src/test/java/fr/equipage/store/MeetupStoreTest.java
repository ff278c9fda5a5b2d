package fr.equipage.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.MeetupRound;
import fr.equipage.model.MeetupSettings;
import fr.equipage.model.MeetupWeights;
import fr.equipage.model.Participant;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Meet-ups in the database: a V5 folder opens (V6) with its people unchanged and no meet-up yet; settings,
 * rounds, groups and absences come back as saved; deleting a person keeps the rounds they attended (undo
 * brings them back), deleting the workshop takes everything with it.
 */
class MeetupStoreTest {
    @TempDir
    Path dir;

    private static MeetupRepository.Config config(Store store, long ws) {
        return store.tx(c -> store.meetups.config(c, ws));
    }

    private static List<MeetupRound> rounds(Store store, long ws) {
        return store.tx(c -> store.meetups.rounds(c, ws));
    }

    @Test
    void aV5FolderOpensWithItsPeopleAndNoMeetupYet() throws Exception {
        OldFolder.at(dir, "5",
                "INSERT INTO workshop (id, name) VALUES (1, 'Lancement')",
                "INSERT INTO participant (workshop_id, ref, first_name, last_name, interests, trainings) VALUES "
                    + "(1, 'u1', 'Camille', 'Martin', ARRAY['nlp'], ARRAY['Dataviz'])");
        try (Store store = Store.open(dir)) {
            Participant camille = store.tx(c -> store.participants.find(c, 1, "u1")).orElseThrow();
            assertThat(camille.interests()).containsExactly("nlp");
            assertThat(camille.trainings()).containsExactly("Dataviz");
            assertThat(camille.offers()).isEmpty();
            assertThat(camille.seeks()).isEmpty();
            assertThat(config(store, 1)).isEqualTo(MeetupRepository.Config.DEFAULT);
            assertThat(rounds(store, 1)).isEmpty();
        }
    }

    @Test
    void settingsRoundsAndKnowHowComeBackAsSaved() {
        try (Store store = Store.open(dir)) {
            long ws = store.tx(c -> store.workshops.create(c, "Saison", LocalDate.of(2023, 2, 14), "Paris")).id();
            Participant camille = new Participant("u1", "Camille", "Martin", null, null, List.of(), List.of("nlp"),
                    List.of(), List.of(), List.of("sql", "python"), List.of("r"));
            Participant lea = new Participant("u2", "Léa", "Durand", null, null, List.of(), List.of(), List.of());
            store.run(c -> store.participants.insertAll(c, ws, List.of(camille)));
            store.run(c -> store.participants.save(c, ws, lea.withSeeks(List.of("sql"))));
            assertThat(store.tx(c -> store.participants.all(c, ws)).toArray()).containsExactly(camille, lea.withSeeks(List.of("sql")));

            MeetupRepository.Config config = new MeetupRepository.Config(
                    new MeetupSettings(8, 3, new MeetupWeights(-50, -1, 2, 3)), true);
            store.run(c -> store.meetups.saveConfig(c, ws, config));
            store.run(c -> store.meetups.saveConfig(c, ws, config));
            assertThat(config(store, ws)).isEqualTo(config);

            MeetupRound one = new MeetupRound(1, LocalDate.of(2023, 3, 7), true,
                    List.of(List.of("u2", "u1", "u9"), List.of("u4", "u3")), List.of("u5", "u6"));
            MeetupRound three = new MeetupRound(3, null, false, List.of(), List.of("u1"));
            store.run(c -> {
                store.meetups.saveRound(c, ws, three);
                store.meetups.saveRound(c, ws, one);
            });
            assertThat(rounds(store, ws)).containsExactly(one, three);
            MeetupRound changed = one.withSwap("u1", "u3").withHeld(false).withDate(null).withPresence("u5", true);
            store.run(c -> store.meetups.saveRound(c, ws, changed));
            assertThat(rounds(store, ws).stream().filter(r -> r.number() == 1).findFirst()).contains(changed);

            store.run(c -> store.participants.delete(c, ws, "u1"));
            assertThat(rounds(store, ws).get(0).members()).as("history is kept")
                    .contains("u1");
            store.run(c -> store.meetups.deleteRound(c, ws, 3));
            assertThat(rounds(store, ws)).containsExactly(changed);

            store.run(c -> store.workshops.delete(c, ws));
            assertThat(rounds(store, ws)).isEmpty();
            assertThat(config(store, ws)).isEqualTo(MeetupRepository.Config.DEFAULT);
        }
    }
}
