package fr.equipage.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.equipage.TestData;
import fr.equipage.model.Instance;
import fr.equipage.model.Lock;
import fr.equipage.model.Ministry;
import fr.equipage.model.Pair;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.ScoreParts;
import fr.equipage.model.Team;
import fr.equipage.model.Violation;
import fr.equipage.model.Workshop;
import fr.equipage.model.PairKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFolderAndStartsAgainOnTheSameData() {
        Path data = dir.resolve("new-folder");
        try (Store store = Store.open(data)) {
            store.run(c -> store.workshops.create(c, "Atelier", null, ""));
        }
        assertThat(Files.exists(data.resolve("equipage.mv.db"))).isTrue();
        try (Store again = Store.open(data)) {
            var v1 = again.tx(again.workshops::all);
            assertThat(v1).extracting(Workshop::name).containsExactly("Atelier");
        }
    }

    @Test
    void aBulkInsertKeepsTheFileOrderWhateverTheRefsSortLike() {
        // u01…u250: "u100" sorts between "u10" and "u11"; the rows go in by key, the list must stay in file order.
        List<Participant> people = new java.util.ArrayList<>();
        RefAllocator refs = new RefAllocator("u", List.of());
        for (int i = 0; i < 250; i++) {
            people.add(new Participant(refs.next(), "Prénom" + i, "Nom" + i, null, null, List.of(), List.of(), List.of()));
        }
        java.util.Collections.shuffle(people, new java.util.Random(7));
        try (Store store = Store.open(dir)) {
            long id = store.tx(c -> store.workshops.create(c, "Atelier", null, "").id());
            store.run(c -> store.participants.insertAll(c, id, people));
            List<Participant> stored = store.tx(c -> store.participants.all(c, id));
            assertThat(stored).isEqualTo(people);
        }
    }

    @Test
    void everyRecordOfAnInstanceSurvivesARestart() {
        Instance original = TestData.smallInstance();
        long id;
        try (Store store = Store.open(dir)) {
            id = store.tx(c -> store.saveInstance(c, original, "Lancement").id());
        }
        try (Store store = Store.open(dir)) {
            Instance loaded = store.tx(c -> store.loadInstance(c, id));
            assertThat(loaded.settings()).isEqualTo(original.settings());
            assertThat(loaded.participants()).isEqualTo(original.participants());
            assertThat(loaded.proposals()).isEqualTo(original.proposals());
            assertThat(loaded.locks()).isEqualTo(original.locks());
            assertThat(loaded.apart()).isEqualTo(original.apart());
            assertThat(loaded.together()).isEqualTo(original.together());
            // The reference list of ministries is preloaded: the stored list holds the instance's and more.
            assertThat(loaded.ministries()).containsAll(original.ministries());
        }
    }

    @Test
    void workshopFieldsAndCurrentWorkshopSurviveARestart() {
        try (Store store = Store.open(dir)) {
            store.run(c -> {
                Workshop a = store.workshops.create(c, "Lancement", LocalDate.of(2023, 2, 14), "Paris");
                Workshop b = store.workshops.create(c, "Atelier de cadrage", null, "");
                store.workshops.update(c, new Workshop(b.id(), "Cadrage", LocalDate.of(2023, 3, 1), "Lyon"));
                store.workshops.setCurrent(c, b.id());
            });
        }
        try (Store store = Store.open(dir)) {
            Workshop current = store.tx(store.workshops::current).orElseThrow();
            assertThat(current.name()).isEqualTo("Cadrage");
            assertThat(current.date()).isEqualTo(LocalDate.of(2023, 3, 1));
            assertThat(current.place()).isEqualTo("Lyon");
        }
    }

    @Test
    void plansAndScenariosSurviveARestart() {
        Plan plan = new Plan(false, List.of(new Team("P01", List.of("u01", "u02"))), List.of("u03", "u04"),
                ScoreParts.of(17, -40, 4, 1, 5), List.of(new Violation("H2", "P01", null, "P01 : 2 membres, minimum 3")),
                30L, false);
        long id;
        try (Store store = Store.open(dir)) {
            id = store.tx(c -> store.saveInstance(c, TestData.smallInstance(), "Lancement").id());
            store.run(c -> {
                store.plans.saveCurrent(c, id, plan);
                store.plans.save(c, id, "Variante A", plan);
            });
        }
        try (Store store = Store.open(dir)) {
            var v2 = store.tx(c -> store.plans.current(c, id));
            assertThat(v2).contains(plan);
            var v3 = store.tx(c -> store.plans.scenarios(c, id));
            assertThat(v3).singleElement()
                    .satisfies(s -> assertThat(s.name()).isEqualTo("Variante A"))
                    .satisfies(s -> assertThat(s.plan()).isEqualTo(plan));
        }
    }

    @Test
    void erasingAPersonRemovesTheirChoicesPinsPairsAndProposerRole() {
        try (Store store = Store.open(dir)) {
            long id = store.tx(c -> store.saveInstance(c, TestData.smallInstance(), "Lancement").id());
            store.run(c -> {
                store.participants.delete(c, id, "u01");
                store.participants.delete(c, id, "u02");
            });
            Instance after = store.tx(c -> store.loadInstance(c, id));
            assertThat(after.participants()).extracting(Participant::id).containsExactly("u03", "u04");
            assertThat(after.locks()).isEmpty();
            assertThat(after.together()).isEmpty();
            assertThat(after.proposals().get(0).proposers()).isEmpty();
        }
    }

    @Test
    void deletingAProposalRemovesItFromChoicesAndPins() {
        try (Store store = Store.open(dir)) {
            long id = store.tx(c -> store.saveInstance(c, TestData.smallInstance(), "Lancement").id());
            store.run(c -> store.proposals.delete(c, id, "P02"));
            Instance after = store.tx(c -> store.loadInstance(c, id));
            assertThat(after.participants().get(0).choices()).containsExactly("P01");
            assertThat(after.locks()).isEmpty();
        }
    }

    @Test
    void aFailedTransactionChangesNothing() {
        try (Store store = Store.open(dir)) {
            long id = store.tx(c -> store.saveInstance(c, TestData.smallInstance(), "Lancement").id());
            Participant ghost = new Participant("u99", "A", "B", null, "MI", List.of(), List.of(), List.of("P77"));
            assertThatThrownBy(() -> store.run(c -> {
                store.participants.save(c, id, new Participant("u50", "Nouveau", "Venu", null, "MI", List.of(), List.of(), List.of()));
                store.participants.save(c, id, ghost); // P77 does not exist: the whole transaction fails
            })).isInstanceOf(StoreException.class);
            var v4 = store.tx(c -> store.participants.all(c, id));
            assertThat(v4).extracting(Participant::id)
                    .containsExactly("u01", "u02", "u03", "u04");
        }
    }

    @Test
    void mergingMinistriesMovesPeopleAndAdministrations() {
        try (Store store = Store.open(dir)) {
            long id = store.tx(c -> store.saveInstance(c, TestData.smallInstance(), "Lancement").id());
            store.run(c -> store.ministries.save(c, new Ministry("MTE", "Transition écologique (ancien)", null)));
            store.run(c -> store.ministries.merge(c, "MEFSIN", "MTE"));
            var v5 = store.tx(c -> store.participants.find(c, id, "u04"));
            assertThat(v5.orElseThrow().ministry()).isEqualTo("MTE");
            var v6 = store.tx(store.ministries::all);
            assertThat(v6).filteredOn(m -> m.code().equals("INSEE"))
                    .singleElement().extracting(Ministry::parent).isEqualTo("MTE");
        }
    }

    @Test
    void newRefsFollowTheExistingOnes() {
        try (Store store = Store.open(dir)) {
            long id = store.tx(c -> store.saveInstance(c, TestData.smallInstance(), "Lancement").id());
            var v7 = store.tx(c -> store.participants.nextRef(c, id));
            assertThat(v7).isEqualTo("u05");
            var v8 = store.tx(c -> store.proposals.nextRef(c, id));
            assertThat(v8).isEqualTo("P03");
        }
    }

    @Test
    void pinsAndPairsCanBeChangedOneByOne() {
        try (Store store = Store.open(dir)) {
            long id = store.tx(c -> store.saveInstance(c, TestData.smallInstance(), "Lancement").id());
            store.run(c -> {
                store.constraints.lock(c, id, new Lock("u02", "P01"));
                store.constraints.addPair(c, id, PairKind.APART, new Pair("u02", "u01"));
                store.constraints.removePair(c, id, PairKind.TOGETHER, new Pair("u02", "u01"));
            });
            var v9 = store.tx(c -> store.constraints.locks(c, id));
            assertThat(v9).containsExactly(new Lock("u02", "P01"));
            var v10 = store.tx(c -> store.constraints.pairs(c, id, PairKind.APART));
            assertThat(v10)
                    .containsExactlyInAnyOrder(new Pair("u03", "u04"), new Pair("u01", "u02"));
            var v11 = store.tx(c -> store.constraints.pairs(c, id, PairKind.TOGETHER));
            assertThat(v11).isEmpty();
        }
    }

    @Test
    void dataFolderFollowsTheOptionThenThePropertyThenThePlatform() {
        Path home = Path.of("/home/camille");
        assertThat(DataDir.platformDefault("Linux", java.util.Map.of(), home)).isEqualTo(home.resolve(".local/share/equipage"));
        assertThat(DataDir.platformDefault("Linux", java.util.Map.of("XDG_DATA_HOME", "/xdg"), home))
                .isEqualTo(Path.of("/xdg/equipage"));
        assertThat(DataDir.platformDefault("Mac OS X", java.util.Map.of(), home))
                .isEqualTo(home.resolve("Library/Application Support/Equipage"));
        assertThat(DataDir.platformDefault("Windows 11", java.util.Map.of("APPDATA", "C:\\Users\\c\\AppData\\Roaming"), home)
                .getFileName().toString()).isEqualTo("Equipage");
        assertThat(DataDir.resolve(dir)).isEqualTo(dir.toAbsolutePath());
    }
}
