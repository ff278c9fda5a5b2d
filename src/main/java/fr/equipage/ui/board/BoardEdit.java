package fr.equipage.ui.board;

import fr.equipage.service.BoardPersistence;
import fr.equipage.service.UndoableEdit;

/**
 * A board edit in the shared undo history. Undo and redo write the snapshot back to the database
 * (on the database thread); the board then reloads from it when the undo manager signals the change.
 */
final class BoardEdit implements UndoableEdit {
    private final BoardChange change;
    private final BoardPersistence persistence;

    BoardEdit(BoardChange change, BoardPersistence persistence) {
        this.change = change;
        this.persistence = persistence;
    }

    @Override
    public String label() {
        return change.label();
    }

    @Override
    public void undo() {
        persistence.write(change.after(), change.before());
    }

    @Override
    public void redo() {
        persistence.write(change.before(), change.after());
    }
}
