package fr.equipage.ui.meetups;

import fr.equipage.service.UndoableEdit;
import java.util.function.Supplier;

/**
 * A service edit under the screen's own name for it, which says who and where (« échanger Camille
 * Martin et Léa Bernard (tour 2) ») where the service, shared with the command line, says less. The
 * service's edit is made on its first redo, on the database thread: making it may read the store
 * (the settings edit checks the rounds held), which the FX thread must not do.
 */
final class NamedEdit implements UndoableEdit {
    private final String label;
    private final Supplier<UndoableEdit> make;
    private UndoableEdit edit;

    NamedEdit(String label, Supplier<UndoableEdit> make) {
        this.label = label;
        this.make = make;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void undo() throws Exception {
        if (edit != null) {
            edit.undo();
        }
    }

    @Override
    public void redo() throws Exception {
        if (edit == null) {
            edit = make.get();
        }
        edit.redo();
    }
}
