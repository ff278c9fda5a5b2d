package fr.equipage.service;

import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Adds a person typed as "Prénom Nom", or a proposal pitched on the spot by its title. The reference
 * ("u56", "p12") is taken on the database thread when the edit is first done, so two quick additions
 * can never get the same one; redo reuses it.
 */
public final class QuickAddEdit implements UndoableEdit {
    @FunctionalInterface
    private interface NextRef {
        String take(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface RefAction {
        void run(Connection c, String ref) throws SQLException;
    }

    private final Store store;
    private final String label;
    private final NextRef nextRef;
    private final RefAction save;
    private final RefAction delete;
    private volatile String ref;

    private QuickAddEdit(Store store, String label, NextRef nextRef, RefAction save, RefAction delete) {
        this.store = store;
        this.label = label;
        this.nextRef = nextRef;
        this.save = save;
        this.delete = delete;
    }

    static QuickAddEdit participant(Store store, long workshop, String name, Labels labels) {
        return new QuickAddEdit(store, labels.format("edit.participant.add", name),
                c -> store.participants.nextRef(c, workshop),
                (c, ref) -> store.participants.save(c, workshop,
                        Participant.ofName(ref, name, null, null, List.of(), List.of(), List.of())),
                (c, ref) -> store.participants.delete(c, workshop, ref));
    }

    static QuickAddEdit proposal(Store store, long workshop, String title, Labels labels) {
        return new QuickAddEdit(store, labels.format("edit.proposal.add", title),
                c -> store.proposals.nextRef(c, workshop),
                (c, ref) -> store.proposals.save(c, workshop, new Proposal(ref, title, null, List.of(),
                        Proposal.DEFAULT_MIN_SIZE, Proposal.DEFAULT_MAX_SIZE, List.of())),
                (c, ref) -> store.proposals.delete(c, workshop, ref));
    }

    /** The new record's reference, once the edit has been done. */
    public String ref() {
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
                ref = nextRef.take(c);
            }
            save.run(c, ref);
        });
    }

    @Override
    public void undo() {
        store.run(c -> delete.run(c, ref));
    }
}
