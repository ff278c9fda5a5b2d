package fr.equipage.ui.controls;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;

/**
 * What the settings pages (teams, meet-ups) and the rules pages share: a row « name, control, what it
 * means », a whole-number spinner that takes a typed value when left, and text pages whose headings
 * start with "#".
 */
public final class SettingsGrid {
    private SettingsGrid() {
    }

    /** Adds « name · control · meaning » as row {@code row}; returns the meaning, which may change later. */
    public static Label row(GridPane grid, int row, String name, Node control, String meaning) {
        Label n = new Label(name);
        n.getStyleClass().add("settings-name");
        n.setWrapText(true);
        n.setMinWidth(200);
        n.setPrefWidth(260);
        if (control instanceof Control c) {
            n.setLabelFor(c);
        }
        Label m = new Label(meaning);
        m.setWrapText(true);
        m.getStyleClass().add("muted");
        m.setMaxWidth(560);
        grid.addRow(row, n, control, m);
        return m;
    }

    /** A section title across the grid's three columns. */
    public static void section(GridPane grid, int row, String title) {
        Label l = new Label(title);
        l.getStyleClass().add("settings-section");
        grid.add(l, 0, row, 3, 1);
    }

    /**
     * A spinner of whole numbers in [min, max]; a typed value counts when the field is left, not only
     * on Enter, brought into range in one step (and one undo) and shown as such.
     */
    public static Spinner<Integer> wholeNumber(String id, int min, int max) {
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, min));
        s.setId(id);
        s.setEditable(true);
        s.setPrefWidth(110);
        s.setMinWidth(110);
        s.getEditor().focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                try {
                    int typed = Integer.parseInt(s.getEditor().getText().strip());
                    s.getValueFactory().setValue(Math.max(min, Math.min(max, typed)));
                } catch (NumberFormatException e) {
                    // Not a number: the last value stays.
                }
                s.getEditor().setText(String.valueOf(s.getValue()));
            }
        });
        return s;
    }

    /** Lines of text as labels for a page anyone can read; a line starting with "#" is a heading. */
    public static List<Label> prose(List<String> lines) {
        return lines.stream().map(line -> {
            boolean heading = line.startsWith("#");
            Label l = new Label(heading ? line.substring(1) : line);
            l.setWrapText(true);
            l.setMaxWidth(900);
            l.getStyleClass().add(heading ? "title-4" : "rules-text");
            return l;
        }).toList();
    }
}
