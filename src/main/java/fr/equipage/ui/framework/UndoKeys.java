package fr.equipage.ui.framework;

import fr.equipage.ui.controls.Fields;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Z / Ctrl+Y (and Ctrl+Shift+Z) undo the organiser's last saved edit wherever the focus is.
 * A text field keeps its own undo only while it holds unsaved typing: once a value is saved, the
 * field would otherwise swallow Ctrl+Z and the saved edit could not be undone from the keyboard.
 */
public final class UndoKeys {
    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private UndoKeys() {
    }

    public static void install(Scene scene, UndoManager undo) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean isUndo = UNDO.match(e);
            boolean isRedo = REDO.match(e) || REDO_SHIFT.match(e);
            if (!isUndo && !isRedo) {
                return;
            }
            if (typing(scene.getFocusOwner())) {
                return;
            }
            e.consume();
            if (isUndo) {
                undo.undo();
            } else {
                undo.redo();
            }
        });
    }

    /** True when the focus is in a text field whose text is not saved yet. */
    private static boolean typing(Node focus) {
        if (!(focus instanceof TextInputControl text)) {
            return false;
        }
        if (text.getProperties().containsKey(Fields.SHOWN)) {
            return Fields.isDirty(text);
        }
        return !text.getText().isEmpty();
    }
}
