package fr.equipage.ui.controls;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;

/**
 * A text field with a list of matching suggestions right under it. The list is part of the layout
 * rather than a popup, and never takes the focus: the organiser keeps typing, ↓/↑ walk the list,
 * Enter picks, Escape closes, a click picks too. With nothing typed, ↓ shows every candidate.
 */
public class SuggestField<T> extends VBox {
    private static final int VISIBLE_ROWS = 6;
    private static final int MAX_MATCHES = 60;

    private final TextField field = new TextField();
    private final ListView<T> list = new ListView<>();
    private Supplier<List<T>> candidates = List::of;
    private Function<T, String> label = String::valueOf;
    private Consumer<T> onPick = t -> { };
    private Consumer<String> onText = t -> { };
    private boolean preselect = true;

    public SuggestField() {
        getStyleClass().add("suggest-field");
        list.getStyleClass().addAll("suggestions", "dense");
        list.setFocusTraversable(false);
        list.setVisible(false);
        list.managedProperty().bind(list.visibleProperty());
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label.apply(item));
            }
        });
        getChildren().addAll(field, list);
        field.textProperty().addListener((obs, old, text) -> {
            // A stored value shown again (Escape, reload) is not a search.
            boolean stored = field.getProperties().containsKey(Fields.SHOWN) && !Fields.isDirty(field);
            if (field.isFocused() && !stored) {
                suggest(text, false);
            } else {
                hide();
            }
        });
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                hide();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        field.setOnAction(e -> {
            T chosen = list.isVisible() ? list.getSelectionModel().getSelectedItem() : null;
            if (chosen != null) {
                pick(chosen);
            } else {
                onText.accept(field.getText());
            }
        });
        list.setOnMouseClicked(e -> {
            T chosen = list.getSelectionModel().getSelectedItem();
            if (e.getButton() == MouseButton.PRIMARY && chosen != null) {
                pick(chosen);
            }
        });
    }

    /** What can be suggested, asked afresh each time (the data may have changed). */
    public void setCandidates(Supplier<List<T>> candidates) {
        this.candidates = candidates;
    }

    /** How a candidate reads; matching is done on this text. */
    public void setLabel(Function<T, String> label) {
        this.label = label;
    }

    /** Called with the chosen suggestion. */
    public void setOnPick(Consumer<T> onPick) {
        this.onPick = onPick;
    }

    /** Called on Enter when no suggestion is selected, with the typed text. */
    public void setOnText(Consumer<String> onText) {
        this.onText = onText;
    }

    /**
     * Whether Enter picks the first suggestion without ↓ (pickers), or keeps the typed text unless a
     * suggestion was chosen (tag fields, where a new code must stay possible).
     */
    public void setPreselect(boolean preselect) {
        this.preselect = preselect;
    }

    public TextField field() {
        return field;
    }

    /** The first suggestion for the text, as Enter would pick it; null when nothing matches. */
    public T firstMatch(String text) {
        List<T> matches = matches(text);
        return matches.isEmpty() ? null : matches.get(0);
    }

    /** Matches, best first: the exact text, then those starting with it, then the others. */
    List<T> matches(String text) {
        String q = Search.normalise(text);
        return candidates.get().stream().filter(c -> Search.matches(text, label.apply(c)))
                .sorted(java.util.Comparator.comparingInt(c -> closeness(q, Search.normalise(label.apply(c)))))
                .limit(MAX_MATCHES).toList();
    }

    private static int closeness(String query, String candidate) {
        if (query.isEmpty()) {
            return 0;
        }
        return candidate.equals(query) ? 0 : candidate.startsWith(query) ? 1 : 2;
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.DOWN) {
            if (!list.isVisible()) {
                suggest(field.getText(), true);
            } else {
                move(1);
            }
            e.consume();
        } else if (e.getCode() == KeyCode.UP && list.isVisible()) {
            move(-1);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && list.isVisible()) {
            hide();
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && Fields.revert(field)) {
            hide();
            e.consume();
        }
    }

    private void move(int step) {
        int size = list.getItems().size();
        if (size == 0) {
            return;
        }
        int i = Math.floorMod(list.getSelectionModel().getSelectedIndex() + step, size);
        list.getSelectionModel().select(i);
        list.scrollTo(Math.max(0, i - VISIBLE_ROWS / 2));
    }

    private void suggest(String text, boolean evenIfEmpty) {
        if ((text == null || text.isBlank()) && !evenIfEmpty) {
            hide();
            return;
        }
        List<T> matches = matches(text);
        if (matches.isEmpty()) {
            hide();
            return;
        }
        list.getItems().setAll(matches);
        // Dense rows are 2em high, whatever the font size (presentation mode).
        double row = field.getFont().getSize() * 2;
        list.setPrefHeight(Math.min(matches.size(), VISIBLE_ROWS) * row + 4);
        if (preselect || evenIfEmpty) {
            list.getSelectionModel().select(0);
        } else {
            list.getSelectionModel().clearSelection();
        }
        list.scrollTo(0);
        list.setVisible(true);
    }

    private void pick(T chosen) {
        hide();
        onPick.accept(chosen);
    }

    private void hide() {
        list.setVisible(false);
        list.getItems().clear();
    }
}
