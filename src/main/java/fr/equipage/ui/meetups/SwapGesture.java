package fr.equipage.ui.meetups;

import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseDragEvent;

/**
 * Swapping two people of a round, by mouse or keyboard. Mouse: drag a member onto a member of
 * another table ("full press-drag-release", which stays inside the window and works headless).
 * Keyboard: Space or Enter on a member picks them, then Space or Enter on a member of another table
 * swaps them; Escape puts them back. Either way a line says beforehand what the swap would do
 * (points, and in red a repeat or an apart pair it would create).
 */
final class SwapGesture {
    private static final PseudoClass PICKED = PseudoClass.getPseudoClass("selected");
    private final MeetupsModel model;
    private final MeetupTexts texts;
    private final BiConsumer<String, String> swap;
    private final Consumer<String> preview;
    private String picked;
    private Node pickedNode;
    private int round;

    /** {@code swap} gets the two people of the current round; {@code preview} the text to show (empty: none). */
    SwapGesture(MeetupsModel model, MeetupTexts texts, BiConsumer<String, String> swap, Consumer<String> preview) {
        this.model = model;
        this.texts = texts;
        this.swap = swap;
        this.preview = preview;
    }

    /** The person picked or dragged, or null. */
    String picked() {
        return picked;
    }

    void install(Node card, int inRound, String person) {
        if (model.isHeld(inRound)) {
            return;
        }
        card.setOnDragDetected(e -> {
            pick(card, inRound, person);
            card.getStyleClass().add("dragging");
            card.startFullDrag();
            e.consume();
        });
        card.addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, e -> {
            if (picked != null) {
                show(person);
                e.consume();
            }
        });
        card.addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, e -> {
            drop(person);
            e.consume();
        });
        card.setOnMouseReleased(e -> {
            if (picked != null && card.getStyleClass().contains("dragging")) {
                cancel();
            }
        });
        card.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                if (picked == null || picked.equals(person)) {
                    if (picked == null) {
                        pick(card, inRound, person);
                        preview.accept(texts.pickHint(model.name(person)));
                    } else {
                        cancel();
                    }
                } else {
                    drop(person);
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && picked != null) {
                cancel();
                e.consume();
            }
        });
        card.focusedProperty().addListener((o, was, now) -> {
            if (now && picked != null && !picked.equals(person)) {
                show(person);
            }
        });
    }

    private void pick(Node card, int inRound, String person) {
        cancel();
        picked = person;
        pickedNode = card;
        round = inRound;
        card.pseudoClassStateChanged(PICKED, true);
    }

    private void show(String target) {
        SwapPreview p = model.previewSwap(round, picked, target);
        preview.accept(p.allowed() ? texts.preview(round, picked, target, p) : texts.pickHint(model.name(picked)));
    }

    private void drop(String target) {
        String who = picked;
        int r = round;
        cancel();
        if (who != null && !who.equals(target) && model.previewSwap(r, who, target).allowed()) {
            swap.accept(who, target);
        }
    }

    /** Forgets the person picked (Escape, a drop outside a member, a reload of the board). */
    void cancel() {
        if (pickedNode != null) {
            pickedNode.pseudoClassStateChanged(PICKED, false);
            pickedNode.getStyleClass().remove("dragging");
        }
        picked = null;
        pickedNode = null;
        preview.accept("");
    }
}
