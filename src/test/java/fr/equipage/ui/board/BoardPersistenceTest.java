package fr.equipage.ui.board;

import fr.equipage.service.Services;
import fr.equipage.service.BoardPersistence;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Lock;
import fr.equipage.model.Pair;
import fr.equipage.model.Plan;
import fr.equipage.model.Team;
import fr.equipage.model.PairKind;
import fr.equipage.store.Store;
import fr.equipage.ui.framework.I18n;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Board edits reach the database, undo writes back only what the edit changed, and a restart shows the same board. */
class BoardPersistenceTest {
    @TempDir
    Path dir;
    private Store store;
    private long workshop;
    private BoardPersistence persistence;
    private BoardModel model;

    @BeforeEach
    void setUp() {
        store = Store.open(dir.resolve("data"));
        workshop = store.tx(c -> store.saveInstance(c, BoardModelTest.workshop(), "Atelier").id());
        persistence = Services.over(store).board(workshop);
        model = new BoardModel(new EditLabels(new I18n(I18n.FRENCH)));
        model.load(persistence.load().instance(), BoardModelTest.firstChoices());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Lock> locks() {
        return store.tx(c -> store.constraints.locks(c, workshop));
    }

    private List<Pair> apart() {
        return store.tx(c -> store.constraints.pairs(c, workshop, PairKind.APART));
    }

    private void save(BoardChange change) {
        persistence.write(change.before(), change.after());
    }

    @Test
    void aMoveIsSavedAndItsUndoPutsThePlanBack() {
        BoardChange move = model.move("u4", "PA").orElseThrow();
        save(move);
        assertThat(persistence.load().plan().teamOf("u4").proposal()).isEqualTo("PA");

        persistence.write(move.after(), move.before());
        assertThat(persistence.load().plan().teamOf("u4").proposal()).isEqualTo("PB");
    }

    @Test
    void pinsAndPairsAreSavedAndUndone() {
        BoardChange pin = model.pin("u2").orElseThrow();
        save(pin);
        BoardChange apart = model.keepApart("u5", "u1").orElseThrow();
        save(apart);
        assertThat(locks()).containsExactly(new Lock("u2", "PA"));
        assertThat(apart()).containsExactly(new Pair("u1", "u5"));

        persistence.write(apart.after(), apart.before());
        persistence.write(pin.after(), pin.before());
        assertThat(locks()).isEmpty();
        assertThat(apart()).isEmpty();
    }

    @Test
    void undoingAnOldEditLeavesLaterChangesFromOtherScreensAlone() {
        BoardChange pin = model.pin("u2").orElseThrow();
        save(pin);
        // Another screen pins someone else meanwhile.
        store.run(c -> store.constraints.lock(c, workshop, new Lock("u6", "PB")));
        persistence.write(pin.after(), pin.before());
        assertThat(locks()).containsExactly(new Lock("u6", "PB"));
    }

    @Test
    void reopeningShowsTheBoardAsLeft() {
        save(model.move("u6", "PA").orElseThrow());
        save(model.pin("u6").orElseThrow());
        Plan left = model.currentPlan();
        store.close();

        store = Store.open(dir.resolve("data"));
        BoardPersistence.Loaded loaded = Services.over(store).board(workshop).load();
        BoardModel reopened = new BoardModel(new EditLabels(new I18n(I18n.FRENCH)));
        reopened.load(loaded.instance(), loaded.plan());
        assertThat(reopened.currentPlan().teams()).isEqualTo(left.teams());
        assertThat(reopened.pinOf("u6")).isEqualTo("PA");
        assertThat(reopened.evaluation().score()).isEqualTo(model.evaluation().score());
    }

    @Test
    void scenariosAreKeptAndCompared() {
        persistence.saveScenario("Premiers choix", model.currentPlan());
        model.swap("u2", "u6");
        persistence.saveScenario("Échange", model.currentPlan());
        var scenarios = persistence.scenarios();
        assertThat(scenarios).extracting(s -> s.name()).containsExactly("Premiers choix", "Échange");

        ScenarioComparison cmp = ScenarioComparison.of(model.instance(), scenarios.get(0).plan(), scenarios.get(1).plan());
        assertThat(cmp.moved()).containsExactlyInAnyOrder(new ScenarioComparison.Moved("u2", "PA", "PB"),
                new ScenarioComparison.Moved("u6", "PB", "PA"));
        assertThat(cmp.first().score().total() - cmp.second().score().total()).isEqualTo(6);
        assertThat(cmp.first().rankProfile().byRank().get(0)).isEqualTo(6);
        assertThat(cmp.second().rankProfile().byRank().get(1)).isEqualTo(2);
    }

    @Test
    void aStoredPlanNamingDeletedPeopleStillOpens() {
        store.run(c -> store.participants.delete(c, workshop, "u3"));
        Plan stale = new Plan(true, List.of(new Team("PA", List.of("u1", "u2", "u3", "ghost")), new Team("PX", List.of("u4"))),
                List.of(), null, null, null, false);
        BoardModel m = new BoardModel(new EditLabels(new I18n(I18n.FRENCH)));
        m.load(persistence.load().instance(), stale);
        assertThat(m.currentPlan().teams()).containsExactly(new Team("PA", List.of("u1", "u2")));
        assertThat(m.unassigned()).containsExactly("u4", "u5", "u6");
    }
}
