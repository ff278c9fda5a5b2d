package fr.equipage.ui.board;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The board's own keys, Ctrl+R (optimise) and Ctrl+E (save the team lists), live only while the
 * board is on screen: they are put on the window when the board is shown and taken off when another
 * screen replaces it, so that Ctrl+E means nothing surprising elsewhere.
 */
final class BoardKeys {
    static final KeyCombination OPTIMISE = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);

    private BoardKeys() {
    }

    static void install(Node screen, Runnable optimise, Runnable export) {
        fr.equipage.ui.framework.ScreenKeys.install(screen, java.util.Map.of(OPTIMISE, optimise, EXPORT, export));
    }
}
