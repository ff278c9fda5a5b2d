package fr.equipage.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Participant;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A data folder written before V3 keeps every person's ranked choices, in order. */
class ChoicesMigrationTest {
    @TempDir
    Path dir;

    @Test
    void choicesRowsBecomeEachPersonsOrderedList() throws Exception {
        OldFolder.at(dir, "2",
                "INSERT INTO workshop (id, name) VALUES (1, 'Lancement')",
                "INSERT INTO proposal (workshop_id, ref, title, min_size, max_size) VALUES "
                    + "(1, 'P1', 'Un', 2, 5), (1, 'P2', 'Deux', 2, 5), (1, 'P3', 'Trois', 2, 5)",
                "INSERT INTO participant (workshop_id, ref, first_name, last_name) VALUES "
                    + "(1, 'u1', 'Camille', 'Martin'), (1, 'u2', 'Sacha', 'Durand')",
                "INSERT INTO choice (workshop_id, participant_ref, rank_no, proposal_ref) VALUES "
                    + "(1, 'u1', 2, 'P1'), (1, 'u1', 0, 'P3'), (1, 'u1', 1, 'P2')");
        try (Store store = Store.open(dir)) {
            var people = store.tx(c -> store.participants.all(c, 1));
            assertThat(people).extracting(Participant::choices)
                    .containsExactly(java.util.List.of("P3", "P2", "P1"), java.util.List.of());
            store.run(c -> store.proposals.delete(c, 1, "P2"));
            assertThat(store.tx(c -> store.participants.find(c, 1, "u1")).orElseThrow().choices())
                    .as("a deleted proposal leaves everyone's choices, later ranks move up").containsExactly("P3", "P1");
        }
    }
}
