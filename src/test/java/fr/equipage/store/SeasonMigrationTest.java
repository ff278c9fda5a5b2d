package fr.equipage.store;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data folder written with V3 opens (V4, V5) with its proposals, "rejected" ones now abandoned, no
 * contact, its people's choices and no training needs.
 */
class SeasonMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aV3FolderGainsTheFollowUpAndTheContact() throws Exception {
        OldFolder.at(dir, "3",
                "INSERT INTO workshop (id, name) VALUES (1, 'Lancement')",
                "INSERT INTO proposal (workshop_id, ref, title, min_size, max_size, status) VALUES "
                    + "(1, 'P1', 'Un', 2, 5, 'PROPOSED'), (1, 'P2', 'Deux', 2, 5, 'RETAINED'), "
                    + "(1, 'P3', 'Trois', 2, 5, 'REJECTED')",
                "INSERT INTO participant (workshop_id, ref, first_name, last_name, choices) VALUES "
                    + "(1, 'u1', 'Camille', 'Martin', ARRAY['P2', 'P1'])");
        try (Store store = Store.open(dir)) {
            var proposals = store.tx(c -> store.proposals.all(c, 1));
            assertThat(proposals).extracting(Proposal::status).containsExactly(ProposalStatus.PROPOSED,
                    ProposalStatus.RETAINED, ProposalStatus.ABANDONED);
            assertThat(proposals).allSatisfy(p -> {
                assertThat(p.statusDate()).isNull();
                assertThat(p.statusNote()).isEmpty();
            });
            assertThat(store.tx(c -> store.workshops.find(c, 1)).orElseThrow().contact()).isEmpty();
            var camille = store.tx(c -> store.participants.find(c, 1, "u1")).orElseThrow();
            assertThat(camille.choices()).containsExactly("P2", "P1");
            assertThat(camille.trainings()).as("V5: no training need yet").isEmpty();
            java.util.List<String> themes = store.tx(c -> store.trainingThemes.all(c, 1));
            assertThat(themes).isEmpty();
        }
    }
}
