package fr.equipage.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Participant;
import fr.equipage.model.Workshop;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A committed edit is in the database file at once, not a second later: a copy of the file taken
 * while the application still runs (as after a kill) already holds it.
 */
class DurableCommitTest {

    @Test
    void committedEditIsInTheFileBeforeTheStoreIsClosed(@TempDir Path dir, @TempDir Path copy) throws IOException {
        try (Store store = Store.open(dir)) {
            Workshop w = store.tx(c -> store.workshops.create(c, "Atelier", LocalDate.of(2023, 2, 14), ""));
            store.run(c -> store.participants.save(c, w.id(), new Participant("u01", "Camille", "Martin",
                    "camille.martin@example.org", null, List.of(), List.of(), List.of())));
            // Copied right away, with the store still open: no close, no background writer given time.
            Files.copy(dir.resolve("equipage.mv.db"), copy.resolve("equipage.mv.db"));
        }
        try (Store reopened = Store.open(copy)) {
            List<Participant> people = reopened.tx(c -> reopened.participants.all(c,
                    reopened.workshops.findByName(c, "Atelier").orElseThrow().id()));
            assertThat(people).extracting(Participant::email).containsExactly("camille.martin@example.org");
        }
    }
}
