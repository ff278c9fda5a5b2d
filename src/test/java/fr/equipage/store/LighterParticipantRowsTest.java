package fr.equipage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.equipage.TestData;
import fr.equipage.model.Instance;
import fr.equipage.model.Participant;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V8 took the participant table's foreign keys to workshop and ministry out and turned its six lists into
 * text (together most of a big import's writing): a V7 folder keeps every list in order, and what the keys
 * guarded still holds, checked by the repositories.
 */
class LighterParticipantRowsTest {
    @TempDir
    Path dir;

    @Test
    void aV7FolderKeepsEveryListInOrderAndLosesOnlyThoseTwoKeys() throws Exception {
        OldFolder folder = OldFolder.at(dir, "7",
                "INSERT INTO workshop (id, name) VALUES (1, 'Lancement')",
                "INSERT INTO ministry (code, name) VALUES ('MI', 'Intérieur')",
                "INSERT INTO proposal (workshop_id, ref, title, min_size, max_size) VALUES "
                    + "(1, 'P1', 'Un', 2, 5), (1, 'P10', 'Dix', 2, 5), (1, 'P2', 'Deux', 2, 5)",
                "INSERT INTO participant (workshop_id, ref, first_name, last_name, ministry, skills, interests, choices, "
                    + "trainings, offers, seeks) VALUES "
                    + "(1, 'u1', 'Camille', 'Martin', 'MI', ARRAY['Python', 'SQL, avancé'], ARRAY[], ARRAY['P10', 'P2', 'P1'], "
                    + "ARRAY['NLP'], ARRAY['R; Shiny'], ARRAY['Dataviz', 'Droit des données']), "
                    + "(1, 'u2', 'Sacha', 'Durand', NULL, ARRAY[], ARRAY[], ARRAY[], ARRAY[], ARRAY[], ARRAY[])");
        try (Store store = Store.open(dir)) {
            Participant camille = store.tx(c -> store.participants.find(c, 1, "u1")).orElseThrow();
            assertThat(camille).isEqualTo(new Participant("u1", "Camille", "Martin", null, "MI", List.of("Python", "SQL, avancé"),
                    List.of(), List.of("P10", "P2", "P1"), List.of("NLP"), List.of("R; Shiny"),
                    List.of("Dataviz", "Droit des données")));
            Participant sacha = store.tx(c -> store.participants.find(c, 1, "u2")).orElseThrow();
            assertThat(sacha).isEqualTo(new Participant("u2", "Sacha", "Durand", null, null, List.of(), List.of(), List.of()));
            store.run(c -> store.proposals.delete(c, 1, "P1"));
            assertThat(store.tx(c -> store.participants.find(c, 1, "u1")).orElseThrow().choices())
                    .as("deleting P1 leaves P10 alone").containsExactly("P10", "P2");
        }
        try (Connection c = folder.connect()) {
            List<String> referenced = Sql.column(c, "SELECT pk.TABLE_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS fk "
                    + "JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_NAME = fk.CONSTRAINT_NAME "
                    + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS pk ON pk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME "
                    + "WHERE fk.TABLE_NAME = 'PARTICIPANT'");
            assertThat(referenced).isEmpty();
            List<String> indexes = Sql.column(c, "SELECT INDEX_NAME FROM INFORMATION_SCHEMA.INDEXES WHERE TABLE_NAME = 'PARTICIPANT'");
            assertThat(indexes).as("only the primary key is left to maintain on each insert").hasSize(1);
            List<String> stillReferring = Sql.column(c, "SELECT fk.TABLE_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS fk "
                    + "JOIN INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc ON rc.CONSTRAINT_NAME = fk.CONSTRAINT_NAME "
                    + "JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS pk ON pk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME "
                    + "WHERE pk.TABLE_NAME = 'PARTICIPANT'");
            assertThat(stillReferring).as("pins, proposers and pairs still follow their person").contains("PIN", "PROPOSER", "PAIR_WISH");
        }
    }

    @Test
    void deletingAWorkshopDeletesItsPeopleAndWhatRefersToThem() {
        try (Store store = Store.open(dir)) {
            long gone = store.tx(c -> store.saveInstance(c, TestData.smallInstance(), "Lancement").id());
            long kept = store.tx(c -> store.saveInstance(c, TestData.smallInstance(), "Atelier de cadrage").id());
            store.run(c -> store.workshops.delete(c, gone));
            assertThat(count(store, "participant", gone)).isZero();
            assertThat(count(store, "pin", gone)).isZero();
            Instance other = store.tx(c -> store.loadInstance(c, kept));
            assertThat(other.participants()).hasSize(TestData.smallInstance().participants().size());
            assertThat(other.locks()).isEqualTo(TestData.smallInstance().locks());
        }
    }

    @Test
    void aPersonIsNeverWrittenWithAMinistryOutsideTheListOrIntoAMissingWorkshop() {
        try (Store store = Store.open(dir)) {
            long id = store.tx(c -> store.saveInstance(c, TestData.smallInstance(), "Lancement").id());
            Participant unknownMinistry = new Participant("u50", "Nouveau", "Venu", null, "ZZZ", List.of(), List.of(), List.of());
            assertThatThrownBy(() -> store.run(c -> store.participants.save(c, id, unknownMinistry)))
                    .isInstanceOf(StoreException.class).hasMessageContaining("« ZZZ »");
            assertThatThrownBy(() -> store.run(c -> store.participants.insertAll(c, id, List.of(unknownMinistry))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("« ZZZ »");
            Participant fine = new Participant("u51", "Nouvelle", "Venue", null, "MI", List.of(), List.of(), List.of());
            assertThatThrownBy(() -> store.run(c -> store.participants.insertAll(c, id + 100, List.of(fine))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("n'existe pas");
            List<Participant> stored = store.tx(c -> store.participants.all(c, id));
            assertThat(stored).extracting(Participant::id)
                    .containsExactly("u01", "u02", "u03", "u04");
            assertThat(count(store, "participant", id + 100)).isZero();
        }
    }

    @Test
    void aUsedMinistryIsNeitherDeletedNorMergedIntoAnUnknownCode() {
        try (Store store = Store.open(dir)) {
            long id = store.tx(c -> store.saveInstance(c, TestData.smallInstance(), "Lancement").id());
            String used = store.tx(c -> store.participants.find(c, id, "u01")).orElseThrow().ministry();
            boolean deleted = store.tx(c -> store.ministries.deleteIfUnused(c, used));
            assertThat(deleted).isFalse();
            assertThatThrownBy(() -> store.run(c -> store.ministries.merge(c, used, "ZZZ")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("« ZZZ »");
            assertThat(store.tx(c -> store.participants.find(c, id, "u01")).orElseThrow().ministry()).isEqualTo(used);
        }
    }

    private static long count(Store store, String table, long workshop) {
        List<String> n = store.tx(c -> Sql.column(c, "SELECT COUNT(*) FROM " + table + " WHERE workshop_id = ?", workshop));
        return Long.parseLong(n.get(0));
    }
}
