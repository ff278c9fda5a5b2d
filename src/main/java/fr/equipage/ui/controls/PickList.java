package fr.equipage.ui.controls;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A list of picked records (proposals or people, by id) with a search field to add one. When
 * ordered (ranked choices), items are numbered and can be moved by drag and drop, by Alt+↑/↓ or by
 * the arrow buttons. Delete removes the selected item. Every change is reported at once, whole.
 */
public class PickList extends VBox {
    private static final int MAX_ROWS = 7;

    private final ListView<String> list = new ListView<>();
    private final SuggestField<String> adder = new SuggestField<>();
    private final Button up = new Button("↑");
    private final Button down = new Button("↓");
    private final Button remove = new Button("✕");
    private final HBox buttons = new HBox(4, up, down, remove);
    private boolean ordered;
    private Function<String, String> label = id -> id;
    private Supplier<List<String>> candidates = List::of;
    private Consumer<List<String>> onChange = v -> { };

    public PickList() {
        getStyleClass().add("pick-list");
        list.getStyleClass().add("dense");
        setSpacing(6);
        list.setCellFactory(v -> new PickCell());
        list.managedProperty().bind(list.visibleProperty());
        list.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        adder.setCandidates(() -> candidates.get().stream().filter(c -> !list.getItems().contains(c)).toList());
        adder.setLabel(id -> label.apply(id));
        adder.setOnPick(this::add);
        adder.setOnText(text -> {
            String first = adder.firstMatch(text);
            if (first != null) {
                add(first);
            }
        });
        up.setOnAction(e -> moveSelected(-1));
        down.setOnAction(e -> moveSelected(1));
        remove.setOnAction(e -> removeSelected());
        for (Button b : List.of(up, down, remove)) {
            b.getStyleClass().add("small");
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        HBox.setHgrow(adder, Priority.ALWAYS);
        HBox row = new HBox(6, adder, buttons);
        getChildren().addAll(list, row);
        setOrdered(false);
        render(List.of());
        // Presentation mode changes the font: the list's height follows.
        adder.field().fontProperty().addListener((o, a, b) -> render(List.copyOf(list.getItems())));
    }

    public void setOrdered(boolean ordered) {
        this.ordered = ordered;
        up.setVisible(ordered);
        up.setManaged(ordered);
        down.setVisible(ordered);
        down.setManaged(ordered);
    }

    /** How an id reads, e.g. "P03 — Cartiflette" or "Camille Martin (DINUM)". */
    public void setLabel(Function<String, String> label) {
        this.label = label;
    }

    /** Ids that can be added. */
    public void setCandidates(Supplier<List<String>> candidates) {
        this.candidates = candidates;
    }

    public void setOnChange(Consumer<List<String>> onChange) {
        this.onChange = onChange;
    }

    /** Tooltips of the up, down and remove buttons, and the add field's prompt. */
    public void setTexts(String upText, String downText, String removeText, String prompt) {
        up.setTooltip(new Tooltip(upText));
        up.setAccessibleText(upText);
        down.setTooltip(new Tooltip(downText));
        down.setAccessibleText(downText);
        remove.setTooltip(new Tooltip(removeText));
        remove.setAccessibleText(removeText);
        adder.field().setPromptText(prompt);
    }

    public void setPlaceholder(javafx.scene.Node placeholder) {
        list.setPlaceholder(placeholder);
    }

    public ListView<String> listView() {
        return list;
    }

    public javafx.scene.control.TextField field() {
        return adder.field();
    }

    /** Shows stored ids, keeping the selection when the same id is still there (no change reported). */
    public void setValues(List<String> ids) {
        if (ids.equals(list.getItems())) {
            list.refresh();
            return;
        }
        String selected = list.getSelectionModel().getSelectedItem();
        render(ids);
        if (selected != null && ids.contains(selected)) {
            list.getSelectionModel().select(selected);
        }
    }

    public List<String> values() {
        return List.copyOf(list.getItems());
    }

    private void render(List<String> ids) {
        list.getItems().setAll(ids);
        // Tall enough for the items, not more: the form stays short.
        // Rows are sized in em by the style sheet, so the height follows the font (presentation mode).
        double row = adder.field().getFont().getSize() * 2;
        list.setPrefHeight(Math.max(1, Math.min(ids.size(), MAX_ROWS)) * row + 6);
    }

    private void onKey(KeyEvent e) {
        if (ordered && e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
            moveSelected(e.getCode() == KeyCode.UP ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE) {
            removeSelected();
            e.consume();
        }
    }

    private void add(String id) {
        adder.field().clear();
        if (id == null || list.getItems().contains(id)) {
            return;
        }
        List<String> next = new ArrayList<>(list.getItems());
        next.add(id);
        change(next, id);
    }

    private void moveSelected(int step) {
        int from = list.getSelectionModel().getSelectedIndex();
        move(from, from + step);
    }

    private void move(int from, int to) {
        int size = list.getItems().size();
        if (from < 0 || from >= size || to < 0 || to >= size || from == to) {
            return;
        }
        List<String> next = new ArrayList<>(list.getItems());
        String id = next.remove(from);
        next.add(to, id);
        change(next, id);
    }

    private void removeSelected() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i < 0) {
            return;
        }
        List<String> next = new ArrayList<>(list.getItems());
        next.remove(i);
        render(next);
        if (!next.isEmpty()) {
            list.getSelectionModel().select(Math.min(i, next.size() - 1));
        }
        onChange.accept(List.copyOf(next));
    }

    private void change(List<String> next, String select) {
        render(next);
        list.getSelectionModel().select(select);
        onChange.accept(List.copyOf(next));
    }

    /** A numbered (when ordered) row that can be dragged onto another row to take its place. */
    private final class PickCell extends ListCell<String> {
        PickCell() {
            setOnDragDetected(e -> {
                if (!ordered || isEmpty()) {
                    return;
                }
                var board = startDragAndDrop(TransferMode.MOVE);
                ClipboardContent content = new ClipboardContent();
                content.putString(Integer.toString(getIndex()));
                board.setContent(content);
                e.consume();
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof PickCell source && source.getListView() == list) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                boolean done = false;
                if (e.getGestureSource() instanceof PickCell source && source.getListView() == list) {
                    int to = isEmpty() ? list.getItems().size() - 1 : getIndex();
                    move(source.getIndex(), to);
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(String id, boolean empty) {
            super.updateItem(id, empty);
            if (empty || id == null) {
                setText(null);
            } else {
                setText(ordered ? (getIndex() + 1) + ". " + label.apply(id) : label.apply(id));
            }
        }
    }
}
