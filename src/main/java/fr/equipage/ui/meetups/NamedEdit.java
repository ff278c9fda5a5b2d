package fr.equipage.ui.meetups;

import fr.equipage.service.UndoableEdit;

/**
 * A service edit under the screen's own name for it, which says who and where (« échanger Camille
 * Martin et Léa Bernard (tour 2) ») where the service, shared with the command line, says less.
 */
record NamedEdit(String label, UndoableEdit edit) implements UndoableEdit {
    @Override
    public void undo() throws Exception {
        edit.undo();
    }

    @Override
    public void redo() throws Exception {
        edit.redo();
    }
}
