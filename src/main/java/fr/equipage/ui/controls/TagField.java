package fr.equipage.ui.controls;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * Skills or interests as tags: type a code and press Enter (or a comma) to add it, with suggestions
 * from the codes already used in the workshop so that the same skill is spelt the same way; click
 * × or press Backspace in the empty field to remove one. Every change is reported at once.
 */
public class TagField extends VBox {
    private final FlowPane tags = new FlowPane(6, 6);
    private final SuggestField<String> input = new SuggestField<>();
    private final List<String> values = new ArrayList<>();
    private Consumer<List<String>> onChange = v -> { };
    private Supplier<List<String>> known = List::of;
    private String removeText = "×";

    public TagField() {
        getStyleClass().add("tag-field");
        setSpacing(6);
        tags.getStyleClass().add("tags");
        tags.managedProperty().bind(tags.visibleProperty());
        input.setPreselect(false);
        input.setCandidates(() -> known.get().stream().filter(k -> !contains(k)).toList());
        input.setOnPick(this::add);
        input.setOnText(this::add);
        input.field().addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (",".equals(e.getCharacter()) || ";".equals(e.getCharacter())) {
                add(input.field().getText());
                e.consume();
            }
        });
        input.field().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.BACK_SPACE && input.field().getText().isEmpty() && !values.isEmpty()) {
                remove(values.get(values.size() - 1));
                e.consume();
            }
        });
        getChildren().addAll(tags, input);
    }

    /** Codes already used elsewhere, offered as the organiser types. */
    public void setKnown(Supplier<List<String>> known) {
        this.known = known;
    }

    public void setOnChange(Consumer<List<String>> onChange) {
        this.onChange = onChange;
    }

    /** The accessible text of a tag's remove button, e.g. "Retirer {0}" already formatted per tag. */
    public void setRemoveText(String removeText) {
        this.removeText = removeText;
    }

    public void setPromptText(String prompt) {
        input.field().setPromptText(prompt);
    }

    /** The text field, e.g. for a label's mnemonic. */
    public javafx.scene.control.TextField field() {
        return input.field();
    }

    /** Shows stored tags (no change is reported). */
    public void setValues(List<String> stored) {
        values.clear();
        values.addAll(stored);
        render();
    }

    public List<String> values() {
        return List.copyOf(values);
    }

    private boolean contains(String tag) {
        return values.stream().anyMatch(v -> v.equalsIgnoreCase(tag));
    }

    private void add(String typed) {
        String tag = typed == null ? "" : typed.strip();
        input.field().clear();
        if (tag.isEmpty() || contains(tag)) {
            return;
        }
        // Reuse the existing spelling of a known code ("Python" typed, "python" known).
        String spelt = known.get().stream().filter(k -> k.equalsIgnoreCase(tag)).findFirst().orElse(tag);
        values.add(spelt);
        render();
        onChange.accept(values());
    }

    private void remove(String tag) {
        values.remove(tag);
        render();
        onChange.accept(values());
    }

    private void render() {
        tags.getChildren().clear();
        for (String v : values) {
            Label text = new Label(v);
            Button x = new Button("×");
            x.getStyleClass().addAll("tag-remove", "flat");
            x.setAccessibleText(removeText.replace("{0}", v));
            x.setFocusTraversable(false);
            x.setOnAction(e -> remove(v));
            HBox chip = new HBox(2, text, x);
            chip.getStyleClass().add("tag");
            tags.getChildren().add(chip);
        }
        tags.setVisible(!values.isEmpty());
    }
}
