package fr.equipage.ui.framework;

import fr.equipage.service.UndoableEdit;
import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Undo and redo across all screens. Edits are applied by their screen (already saved) and then
 * recorded here; undo/redo replay them on the database thread and then signal a data change.
 * Labels are empty strings when nothing can be undone or redone. FX thread only.
 */
public final class UndoManager {
    private static final int LIMIT = 200;
    private final Deque<UndoableEdit> undoStack = new ArrayDeque<>();
    private final Deque<UndoableEdit> redoStack = new ArrayDeque<>();
    private final ReadOnlyStringWrapper undoLabel = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper redoLabel = new ReadOnlyStringWrapper("");
    private final TaskRunner tasks;
    private final Runnable afterChange;

    public UndoManager(TaskRunner tasks, Runnable afterChange) {
        this.tasks = tasks;
        this.afterChange = afterChange;
    }

    /** Records an edit that has just been done. */
    public void done(UndoableEdit edit) {
        undoStack.push(edit);
        if (undoStack.size() > LIMIT) {
            undoStack.removeLast();
        }
        redoStack.clear();
        refresh();
    }

    /** Does the edit (its redo) on the database thread, then records it. */
    public void perform(UndoableEdit edit) {
        tasks.run(() -> {
            edit.redo();
            return null;
        }, ignored -> {
            done(edit);
            afterChange.run();
        });
    }

    public void undo() {
        if (undoStack.isEmpty()) {
            return;
        }
        UndoableEdit edit = undoStack.pop();
        refresh();
        tasks.run(() -> {
            edit.undo();
            return null;
        }, ignored -> {
            redoStack.push(edit);
            refresh();
            afterChange.run();
        });
    }

    public void redo() {
        if (redoStack.isEmpty()) {
            return;
        }
        UndoableEdit edit = redoStack.pop();
        refresh();
        tasks.run(() -> {
            edit.redo();
            return null;
        }, ignored -> {
            undoStack.push(edit);
            refresh();
            afterChange.run();
        });
    }

    /** Forgets everything, e.g. when another workshop is opened. */
    public void clear() {
        undoStack.clear();
        redoStack.clear();
        refresh();
    }

    public ReadOnlyStringProperty undoLabelProperty() {
        return undoLabel.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoLabelProperty() {
        return redoLabel.getReadOnlyProperty();
    }

    public boolean canUndo() {
        return !undoStack.isEmpty();
    }

    public boolean canRedo() {
        return !redoStack.isEmpty();
    }

    private void refresh() {
        undoLabel.set(undoStack.isEmpty() ? "" : undoStack.peek().label());
        redoLabel.set(redoStack.isEmpty() ? "" : redoStack.peek().label());
    }
}
