package fr.equipage.service;

import fr.equipage.io.ImportPlan;
import fr.equipage.io.ImportRefusedException;
import fr.equipage.io.ImportResult;
import fr.equipage.io.WorkshopSnapshot;
import fr.equipage.model.Workshop;
import fr.equipage.store.Store;
import java.time.LocalDate;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Import in two steps: the planner (in io) reads the files against a snapshot of what is stored and
 * reports every problem; then {@link #commit} writes an accepted plan in one transaction, or
 * changes nothing.
 */
public final class ImportService {
    private final Store store;

    ImportService(Store store) {
        this.store = store;
    }

    /** What the files are matched against: the ministries, and the workshop's proposals, people and training themes. */
    public WorkshopSnapshot snapshot(long workshop) {
        return store.tx(c -> new WorkshopSnapshot(store.ministries.all(c), store.proposals.all(c, workshop),
                store.participants.all(c, workshop), store.trainingThemes.all(c, workshop)));
    }

    /** The snapshot for an import into a workshop that does not exist yet: ministries only. */
    public WorkshopSnapshot emptySnapshot() {
        return new WorkshopSnapshot(store.tx(store.ministries::all), List.of(), List.of());
    }

    /** Writes the plan into an existing workshop; {@code progress} gets the number of people written. */
    public ImportResult commit(long workshop, ImportPlan plan, boolean skipInvalid, IntConsumer progress)
            throws ImportRefusedException {
        return Importer.commit(store, c -> workshop, plan, skipInvalid, progress);
    }

    /**
     * Writes the plan into the workshop of that name, created inside the same transaction when missing
     * (so a refused import creates nothing) and then made current if {@code makeCurrent}.
     */
    public ImportResult commitInto(String name, boolean makeCurrent, ImportPlan plan, boolean skipInvalid)
            throws ImportRefusedException {
        return Importer.commit(store, c -> {
            Workshop w = store.workshops.findByName(c, name).orElse(null);
            if (w == null) {
                w = store.workshops.create(c, name, LocalDate.now(), "");
            }
            if (makeCurrent) {
                store.workshops.setCurrent(c, w.id());
            }
            return w.id();
        }, plan, skipInvalid, n -> { });
    }
}
