package fr.equipage.ui.framework;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;

/** Undo and redo buttons: disabled when there is nothing to undo or redo, tooltips naming the action as the Edit menu does. */
public final class UndoButtons {
    private UndoButtons() {
    }

    public static void bind(UndoManager undo, I18n i18n, Button undoButton, Button redoButton) {
        Tooltip undoTip = new Tooltip();
        Tooltip redoTip = new Tooltip();
        undoTip.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("board.undo.named",
                undo.undoLabelProperty().get()), undo.undoLabelProperty()));
        redoTip.textProperty().bind(Bindings.createStringBinding(() -> i18n.format("board.redo.named",
                undo.redoLabelProperty().get()), undo.redoLabelProperty()));
        undoButton.setTooltip(undoTip);
        redoButton.setTooltip(redoTip);
        undoButton.disableProperty().bind(undo.undoLabelProperty().isEmpty());
        redoButton.disableProperty().bind(undo.redoLabelProperty().isEmpty());
    }
}
