package fr.equipage.ui.shell;

import javafx.scene.Parent;

/**
 * Presentation mode: larger text everywhere, for a screen projected to the room. The theme sizes
 * everything in em, so one font size on the root scales the whole window.
 */
public final class Presentation {
    public static final String STYLE_CLASS = "presentation";
    static final String KEY = "ui.presentation";

    private Presentation() {
    }

    static void apply(Parent root, boolean on) {
        if (on && !root.getStyleClass().contains(STYLE_CLASS)) {
            root.getStyleClass().add(STYLE_CLASS);
        } else if (!on) {
            root.getStyleClass().remove(STYLE_CLASS);
        }
    }
}
