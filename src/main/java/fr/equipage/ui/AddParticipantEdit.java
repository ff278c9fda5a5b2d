package fr.equipage.ui;

import fr.equipage.model.Participant;
import fr.equipage.store.Store;
import java.util.List;

/**
 * Adds a person typed as "Prénom Nom". The reference ("u56") is taken on the database thread when the
 * edit is first done, so two quick additions can never get the same one; redo reuses it.
 */
final class AddParticipantEdit implements UndoableEdit {
    private final Store store;
    private final long workshop;
    private final String label;
    private final String name;
    private volatile String ref;

    AddParticipantEdit(AppContext ctx, String name) {
        this.store = ctx.store();
        this.workshop = ctx.workshopId();
        this.name = name;
        this.label = ctx.i18n().format("edit.participant.add", name);
    }

    /** The new person's reference, once the edit has been done. */
    String ref() {
        return ref;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void redo() {
        store.run(c -> {
            if (ref == null) {
                ref = store.participants.nextRef(c, workshop);
            }
            store.participants.save(c, workshop, Participant.ofName(ref, name, null, null, List.of(), List.of(), List.of()));
        });
    }

    @Override
    public void undo() {
        store.run(c -> store.participants.delete(c, workshop, ref));
    }
}
