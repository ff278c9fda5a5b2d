package fr.equipage.service;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.Settings;
import fr.equipage.model.Team;
import fr.equipage.model.Workshop;
import fr.equipage.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A proven bound ("prouvé", "au plus x % sous le meilleur") holds for the workshop it was proven on:
 * after any change of people, proposals or rules the read says it is out of date instead of
 * handing the old claim to the board, also after a restart.
 */
class BoundOutdatedTest {
    @TempDir
    Path dir;
    private Store store;
    private long workshop;

    @BeforeEach
    void setUp() {
        store = Store.open(dir);
        workshop = store.tx(c -> {
            Workshop w = store.workshops.create(c, "Atelier", LocalDate.of(2023, 2, 14), "");
            store.proposals.save(c, w.id(), new Proposal("P01", "Cartiflette", "DINUM", List.of(), 1, 3, List.of()));
            store.participants.save(c, w.id(), new Participant("u01", "Alex", "Durand", null, "DINUM", List.of(),
                    List.of(), List.of("P01")));
            return w.id();
        });
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private static Plan proven() {
        return new Plan(true, List.of(new Team("P01", List.of("u01"))), List.of(), null, null, 10L, true);
    }

    private WorkshopData read() {
        return Services.over(store).read(workshop);
    }

    @Test
    void theBoundHoldsUntilSomeoneIsAddedThenItIsDroppedAndSaidOutOfDate() {
        store.run(c -> store.saveCurrentPlan(c, workshop, proven()));
        assertThat(read().boundOutdated()).isFalse();
        assertThat(read().plan().bound()).isEqualTo(10L);

        store.run(c -> store.participants.save(c, workshop, new Participant("u02", "Bea", "Roy", null, "DINUM",
                List.of(), List.of(), List.of())));
        WorkshopData after = read();
        assertThat(after.boundOutdated()).isTrue();
        assertThat(after.plan().bound()).isNull();
        assertThat(after.plan().optimal()).isFalse();
        assertThat(after.plan().teams()).isEqualTo(proven().teams());
    }

    @Test
    void aChangeOfRulesAlsoMakesItOutOfDate() {
        store.run(c -> store.saveCurrentPlan(c, workshop, proven()));
        store.run(c -> store.workshops.saveSettings(c, workshop, new Settings(3, 1, 1, false, false,
                Settings.DEFAULT.weights())));
        assertThat(read().boundOutdated()).isTrue();
    }

    @Test
    void aPlanWithoutBoundIsNeverOutOfDate() {
        Plan plain = new Plan(true, proven().teams(), List.of(), null, null, null, false);
        store.run(c -> store.plans.saveCurrent(c, workshop, plain));
        store.run(c -> store.participants.save(c, workshop, new Participant("u02", "Bea", "Roy", null, "DINUM",
                List.of(), List.of(), List.of())));
        assertThat(read().boundOutdated()).isFalse();
    }
}
