package fr.equipage.ui.framework;

import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCombination;

/**
 * Keys that belong to one screen (Ctrl+R on the board, Ctrl+F on a table…) but must work wherever the
 * focus is in the window, the navigation included: they are put on the window while the screen is
 * shown and taken off when another screen replaces it.
 */
public final class ScreenKeys {
    private ScreenKeys() {
    }

    public static void install(Node screen, Map<KeyCombination, Runnable> keys) {
        screen.sceneProperty().addListener((o, before, now) -> {
            if (before != null) {
                keys.keySet().forEach(before.getAccelerators()::remove);
            }
            if (now != null) {
                now.getAccelerators().putAll(keys);
            }
        });
    }
}
