package fr.equipage.io;

import fr.equipage.service.Importer;
import fr.equipage.model.Workshop;
import fr.equipage.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;

/** A store in a temporary folder with one empty workshop, and the plan → commit steps tests repeat. */
final class ImportFixture implements AutoCloseable {
    final Store store;
    final Workshop workshop;

    ImportFixture(Path dir) {
        store = Store.open(dir.resolve("data"));
        workshop = store.tx(c -> {
            Workshop w = store.workshops.create(c, "Test", LocalDate.of(2023, 2, 14), "Paris");
            store.workshops.setCurrent(c, w.id());
            return w;
        });
    }

    WorkshopSnapshot snapshot() {
        return store.tx(c -> new WorkshopSnapshot(store.ministries.all(c), store.proposals.all(c, workshop.id()),
                store.participants.all(c, workshop.id())));
    }

    ImportPlan plan(Path file) throws UnreadableFileException {
        return ImportPlanner.plan(ImportSource.open(file, null), snapshot());
    }

    ImportResult importFile(Path file) throws Exception {
        return Importer.commit(store, workshop.id(), plan(file), false);
    }

    @Override
    public void close() {
        store.close();
    }
}
