package fr.equipage.ui.records;

import java.util.function.BooleanSupplier;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * A list and its form, side by side in a split pane on a wide screen; below {@link DrawerRule#NARROW}
 * the list keeps the whole width and the form is a drawer over the right part of the table (never
 * over the search box or the buttons above it), open while a record is selected (Esc closes it,
 * after {@code beforeClose} saved what was typed).
 */
public final class FormDrawer {
    private final SplitPane split;
    private final Node listPane;
    private final Node formPane;
    /** The table (or tree) inside the list pane, which the drawer covers. */
    private final Node table;
    private final BooleanSupplier selected;
    private final StackPane host = new StackPane();

    private FormDrawer(SplitPane split, Node table, BooleanSupplier selected) {
        this.split = split;
        this.table = table;
        this.listPane = split.getItems().get(0);
        this.formPane = split.getItems().get(1);
        this.selected = selected;
        host.setMinWidth(0);
    }

    /** Wires a split pane of two items (the list, then its form) to the selection of the list. */
    public static void install(SplitPane split, Node table, ObservableValue<?> selection, Runnable beforeClose,
                               Runnable clear) {
        FormDrawer drawer = new FormDrawer(split, table, () -> selection.getValue() != null);
        split.widthProperty().addListener((o, a, w) -> drawer.layOut());
        selection.addListener((o, a, b) -> drawer.layOut());
        split.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && drawer.isDrawer() && selection.getValue() != null) {
                beforeClose.run();
                clear.run();
                e.consume();
            }
        });
    }

    private boolean isDrawer() {
        return split.getWidth() > 0 && split.getWidth() < DrawerRule.NARROW;
    }

    private void layOut() {
        DrawerRule rule = DrawerRule.of(split.getWidth(), selected.getAsBoolean());
        if (!isDrawer()) {
            if (host.getParent() != null) {
                host.getChildren().remove(formPane);
                formPane.getStyleClass().remove("drawer");
                if (formPane instanceof Region r) {
                    r.setMaxWidth(Region.USE_COMPUTED_SIZE);
                }
                swap(host, table);
                split.getItems().setAll(listPane, formPane);
                split.setDividerPositions(DrawerRule.WIDE_SHARE);
            }
            return;
        }
        if (host.getParent() == null) {
            split.getItems().setAll(listPane);
            swap(table, host);
            host.getChildren().setAll(table);
        }
        boolean open = host.getChildren().contains(formPane);
        if (rule.formShown() && !open) {
            formPane.getStyleClass().add("drawer");
            StackPane.setAlignment(formPane, Pos.CENTER_RIGHT);
            if (formPane instanceof Region r) {
                r.setMaxWidth(DrawerRule.DRAWER);
            }
            host.getChildren().add(formPane);
        } else if (!rule.formShown() && open) {
            host.getChildren().remove(formPane);
        }
    }

    /** Puts {@code by} where {@code shown} is in the list pane, growing as it did. */
    private static void swap(Node shown, Node by) {
        if (!(shown.getParent() instanceof javafx.scene.layout.Pane parent)) {
            return;
        }
        int at = parent.getChildren().indexOf(shown);
        javafx.scene.layout.Priority grow = javafx.scene.layout.VBox.getVgrow(shown);
        parent.getChildren().set(at, by);
        javafx.scene.layout.VBox.setVgrow(by, grow == null ? javafx.scene.layout.Priority.ALWAYS : grow);
    }
}
