package fr.equipage.service;

import fr.equipage.store.Store;
import fr.equipage.store.Store.SqlAction;

/**
 * An undoable edit made of two database actions, each run in its own transaction on the
 * database thread: the edit is all saved or not at all, and so is its undo.
 */
final class StoreEdit implements UndoableEdit {
    private final Store store;
    private final String label;
    private final SqlAction redo;
    private final SqlAction undo;

    private StoreEdit(Store store, String label, SqlAction redo, SqlAction undo) {
        this.store = store;
        this.label = label;
        this.redo = redo;
        this.undo = undo;
    }

    static StoreEdit of(Store store, String label, SqlAction redo, SqlAction undo) {
        return new StoreEdit(store, label, redo, undo);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void undo() {
        store.run(undo);
    }

    @Override
    public void redo() {
        store.run(redo);
    }
}
