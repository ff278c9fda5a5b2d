package fr.equipage.ui.framework;

import fr.equipage.ui.shell.Presentation;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;

/** The few dialogs the screens need, in the application's language and look. */
public final class Dialogs {
    private Dialogs() {
    }

    /** Asks before a destructive action; the action button names what will happen ("Supprimer"). */
    public static boolean confirm(AppContext ctx, String header, String content, String action) {
        ButtonType yes = new ButtonType(action, ButtonData.OK_DONE);
        ButtonType no = new ButtonType(ctx.i18n().get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, content, yes, no);
        alert.setHeaderText(header);
        prepare(ctx, alert);
        return alert.showAndWait().orElse(no) == yes;
    }

    /** Asks for one line of text (a workshop's name…); empty when cancelled or left blank. */
    public static Optional<String> askText(AppContext ctx, String header, String label, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.setHeaderText(header);
        dialog.setContentText(label);
        // A blank name cannot be confirmed: the dialog waits instead of closing without a word.
        dialog.getDialogPane().lookupButton(javafx.scene.control.ButtonType.OK).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> dialog.getEditor().getText().isBlank(),
                        dialog.getEditor().textProperty()));
        prepare(ctx, dialog);
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    /**
     * Lets the organiser pick one item of a list, shown with {@code label}. The list is as wide as the
     * dialog rather than as its longest item (ministry names are long), under its caption.
     */
    public static <T> Optional<T> choose(AppContext ctx, String header, String caption, List<T> items, T initial,
                                  java.util.function.Function<T, String> label) {
        javafx.scene.control.ComboBox<T> combo = new javafx.scene.control.ComboBox<>();
        combo.getItems().setAll(items);
        combo.setValue(initial != null ? initial : items.isEmpty() ? null : items.get(0));
        combo.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(T item) {
                return item == null ? "" : label.apply(item);
            }

            @Override
            public T fromString(String text) {
                return items.stream().filter(i -> label.apply(i).equals(text)).findFirst().orElse(null);
            }
        });
        combo.setPrefWidth(460);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setVisibleRowCount(12);
        javafx.scene.control.Label captionLabel = new javafx.scene.control.Label(caption);
        captionLabel.setLabelFor(combo);
        Dialog<T> dialog = new Dialog<>();
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(new javafx.scene.layout.VBox(8, captionLabel, combo));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? combo.getValue() : null);
        prepare(ctx, dialog);
        javafx.application.Platform.runLater(combo::requestFocus);
        return dialog.showAndWait();
    }

    /** Tells the organiser why something cannot be done. */
    public static void inform(AppContext ctx, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ButtonType.OK);
        alert.setHeaderText(null);
        prepare(ctx, alert);
        alert.showAndWait();
    }

    /** Owner window, title, style sheet and presentation size, as the main window. */
    public static void prepare(AppContext ctx, Dialog<?> dialog) {
        dialog.setTitle(ctx.i18n().get("app.title"));
        if (ctx.windowProperty().get() != null) {
            dialog.initOwner(ctx.windowProperty().get());
            var scene = ctx.windowProperty().get().getScene();
            if (scene != null) {
                dialog.getDialogPane().getStylesheets().addAll(scene.getStylesheets());
                if (scene.getRoot().getStyleClass().contains(Presentation.STYLE_CLASS)) {
                    dialog.getDialogPane().getStyleClass().add(Presentation.STYLE_CLASS);
                }
            }
        }
    }
}
