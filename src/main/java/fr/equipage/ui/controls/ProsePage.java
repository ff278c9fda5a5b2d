package fr.equipage.ui.controls;

import java.util.List;
import javafx.scene.layout.VBox;

/**
 * A page of explanations in plain words (the teams' and the meet-ups' « how it works » pages): headings
 * and paragraphs, rebuilt from the current settings each time they change.
 */
public abstract class ProsePage extends VBox {
    protected ProsePage(String id) {
        super(8);
        setId(id);
        getStyleClass().add("rules-page");
    }

    /** Whether there is a workshop to explain yet. */
    protected abstract boolean ready();

    /** The page as lines; a line starting with "#" is a heading. */
    protected abstract List<String> lines();

    public void refresh() {
        if (ready()) {
            getChildren().setAll(SettingsGrid.prose(lines()));
        }
    }
}
