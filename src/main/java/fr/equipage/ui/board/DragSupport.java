package fr.equipage.ui.board;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.layout.Pane;

/**
 * Drag and drop of cards, with a label following the mouse that says what the drop will do
 * ("Déplacer Camille Martin vers Cartiflette (+3 points)"). Dropping on a team moves the person;
 * dropping on another person swaps the two.
 *
 * <p>It uses JavaFX's "full press-drag-release" gesture rather than the platform drag and drop:
 * the gesture stays inside the window, needs no clipboard, and behaves the same headless (tests)
 * as on screen.
 */
final class DragSupport {
    /** What the board does on a drop; {@code team} null means the unassigned column. */
    interface DropHandler {
        void move(String person, String team);

        void swap(String person, String other);
    }

    private final BoardModel model;
    private final Pane overlay;
    private final DropHandler handler;
    private final java.util.function.Function<MovePreview, String> text;
    private final Label preview = new Label();
    private String dragged;
    private Object previewKey;

    DragSupport(BoardModel model, Pane overlay, DropHandler handler, java.util.function.Function<MovePreview, String> text) {
        this.model = model;
        this.text = text;
        this.overlay = overlay;
        this.handler = handler;
        preview.getStyleClass().add("drag-preview");
        preview.setId("dragPreview");
        preview.setVisible(false);
        preview.setManaged(false);
        overlay.getChildren().add(preview);
    }

    /** The person being dragged, or null. */
    String dragged() {
        return dragged;
    }

    /** The text of the preview label (empty when not dragging). */
    String previewText() {
        return preview.isVisible() ? preview.getText() : "";
    }

    void installCard(PersonCard card) {
        card.setOnDragDetected(e -> {
            if (!model.hasPlan()) {
                return;
            }
            dragged = card.person();
            previewKey = null;
            card.getStyleClass().add("dragging");
            card.startFullDrag();
            e.consume();
        });
        card.setOnMouseDragged(e -> {
            if (dragged != null) {
                var p = overlay.sceneToLocal(e.getSceneX(), e.getSceneY());
                preview.relocate(p.getX() + 14, p.getY() + 10);
                preview.autosize();
            }
        });
        card.setOnMouseReleased(e -> end());
        card.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, e -> {
            if (dragged != null) {
                show(card.person(), true);
                e.consume();
            }
        });
        card.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            String who = dragged;
            end();
            if (who != null && !who.equals(card.person())) {
                handler.swap(who, card.person());
            }
            e.consume();
        });
    }

    void installTarget(TeamColumn column) {
        column.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, e -> {
            if (dragged != null) {
                show(column.team(), false);
                column.pseudoClassStateChanged(HOVER, true);
            }
        });
        column.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> column.pseudoClassStateChanged(HOVER, false));
        column.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            column.pseudoClassStateChanged(HOVER, false);
            String who = dragged;
            end();
            if (who != null) {
                handler.move(who, column.team());
            }
        });
    }

    private static final javafx.css.PseudoClass HOVER = javafx.css.PseudoClass.getPseudoClass("drop-hover");

    private void show(String target, boolean onPerson) {
        Object key = (onPerson ? "p:" : "t:") + target;
        if (key.equals(previewKey)) {
            return;
        }
        previewKey = key;
        MovePreview p = onPerson ? model.previewSwap(dragged, target) : model.previewMove(dragged, target);
        if (!p.allowed()) {
            preview.setVisible(false);
            return;
        }
        preview.setText(text.apply(p));
        preview.autosize();
        preview.setVisible(true);
    }

    /**
     * The keyboard twin of a drag (arrow keys on a focused card): the same preview, shown over the
     * column the person would go to, which is highlighted as under a dragged card.
     */
    void showKeyboardTarget(String person, TeamColumn column) {
        clearKeyboardTarget();
        MovePreview p = model.previewMove(person, column.team());
        if (!p.allowed()) {
            return;
        }
        keyboardColumn = column;
        column.pseudoClassStateChanged(HOVER, true);
        preview.setText(text.apply(p));
        preview.autosize();
        var b = column.localToScene(column.getBoundsInLocal());
        var at = overlay.sceneToLocal(b.getMinX() + 8, b.getMinY() + 8);
        double x = Math.max(0, Math.min(at.getX(), overlay.getWidth() - preview.getWidth() - 8));
        preview.relocate(x, Math.max(0, at.getY()));
        preview.setVisible(true);
    }

    void clearKeyboardTarget() {
        if (keyboardColumn != null) {
            keyboardColumn.pseudoClassStateChanged(HOVER, false);
            keyboardColumn = null;
        }
        preview.setVisible(false);
    }

    private TeamColumn keyboardColumn;

    private void end() {
        dragged = null;
        previewKey = null;
        preview.setVisible(false);
        for (Node n : overlay.getScene() == null ? java.util.List.<Node>of()
                : overlay.getScene().getRoot().lookupAll(".dragging")) {
            n.getStyleClass().remove("dragging");
        }
    }
}
