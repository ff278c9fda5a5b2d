package fr.equipage.ui.trainings;

import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import java.util.Optional;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The dialog that asks for a theme's name (to add or rename one): what is wrong is said under the
 * field as the organiser types, and OK stays disabled until the name can be saved.
 */
final class ThemeDialogs {
    private ThemeDialogs() {
    }

    static Optional<String> askName(AppContext ctx, String header, String initial,
                                    Function<String, CatalogueChecks.Result> check) {
        TextField field = new TextField(initial);
        field.setId("themeNameField");
        field.setPrefColumnCount(32);
        Label caption = new Label(ctx.i18n().get("trainings.catalogue.name"));
        caption.setLabelFor(field);
        Label problem = new Label();
        problem.setId("themeNameProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(460);
        Dialog<String> dialog = new Dialog<>();
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(new VBox(8, caption, field, problem));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        var ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        Runnable recheck = () -> {
            CatalogueChecks.Result r = check.apply(field.getText());
            // Nothing typed yet (or the name unchanged) is not an error worth shouting about.
            boolean quiet = field.getText().isBlank() || field.getText().strip().equals(initial);
            problem.setText(r.ok() || quiet ? "" : r.problem());
            ok.setDisable(!r.ok());
        };
        field.textProperty().addListener((o, a, b) -> recheck.run());
        recheck.run();
        dialog.setResultConverter(button -> button == ButtonType.OK ? check.apply(field.getText()).name() : null);
        Dialogs.prepare(ctx, dialog);
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
        return dialog.showAndWait();
    }
}
