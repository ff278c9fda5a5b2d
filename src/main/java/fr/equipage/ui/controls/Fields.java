package fr.equipage.ui.controls;

import atlantafx.base.theme.Styles;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/**
 * Form fields that save themselves: a value is committed when the organiser presses Enter or leaves
 * the field, so there is no "save" button to forget. Each field remembers the value last shown or
 * saved, which tells a reload whether the organiser is in the middle of typing over it.
 */
public final class Fields {
    /** Node property: the stored value the field last showed (or saved). */
    public static final String SHOWN = "equipage.shown";

    private Fields() {
    }

    /** Calls {@code commit} with the field's text on Enter and when the field loses focus. */
    public static void onCommit(TextInputControl field, Consumer<String> commit) {
        if (field instanceof TextField text) {
            text.addEventHandler(ActionEvent.ACTION, e -> commit.accept(text.getText()));
        }
        field.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                commit.accept(field.getText());
            }
        });
        field.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE && revert(field)) {
                e.consume();
            }
        });
    }

    /** Escape gives back the stored value over unsaved typing; true when there was some. */
    static boolean revert(TextInputControl field) {
        if (!isDirty(field)) {
            return false;
        }
        field.setText((String) field.getProperties().get(SHOWN));
        field.end();
        return true;
    }

    /**
     * Shows a stored value, except over text the organiser is typing in this very record: a reload
     * caused by another edit must not wipe it.
     */
    public static void show(TextInputControl field, String value, boolean sameRecord) {
        String v = value == null ? "" : value;
        boolean typing = sameRecord && field.isFocused() && isDirty(field);
        field.getProperties().put(SHOWN, v);
        if (!typing && !v.equals(field.getText())) {
            field.setText(v);
        }
    }

    /** Records that the field's current text is now the stored value. */
    public static void saved(TextInputControl field, String value) {
        field.getProperties().put(SHOWN, value == null ? "" : value);
    }

    /** True when the field holds text that is not stored (being typed, or refused). */
    public static boolean isDirty(TextInputControl field) {
        Object shown = field.getProperties().get(SHOWN);
        return shown != null && !Objects.equals(shown, field.getText());
    }

    /** Shows (or, with null, clears) the French message next to a field, and marks the field red. */
    public static void error(TextInputControl field, Label errorLabel, String message) {
        boolean bad = message != null;
        field.pseudoClassStateChanged(Styles.STATE_DANGER, bad);
        errorLabel.setText(bad ? message : "");
        errorLabel.setVisible(bad);
        if (bad) {
            // The red goes as soon as the organiser corrects the text; it comes back if the new text is refused too.
            field.textProperty().addListener(new javafx.beans.value.ChangeListener<String>() {
                @Override
                public void changed(javafx.beans.value.ObservableValue<? extends String> o, String before, String now) {
                    field.textProperty().removeListener(this);
                    field.pseudoClassStateChanged(Styles.STATE_DANGER, false);
                    errorLabel.setText("");
                    errorLabel.setVisible(false);
                }
            });
        }
    }

    /** Error labels take no room while empty. */
    public static void prepareError(Label errorLabel) {
        errorLabel.managedProperty().bind(errorLabel.visibleProperty());
        errorLabel.setVisible(false);
        errorLabel.setWrapText(true);
        if (!errorLabel.getStyleClass().contains("field-error")) {
            errorLabel.getStyleClass().add("field-error");
        }
    }
}
