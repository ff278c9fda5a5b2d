package fr.equipage.ui.trainings;

import fr.equipage.model.SpeakerIdea;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Adds or edits a speaker idea: who (required), their organisation, the theme, a note. Who suggested
 * it is kept as it was (an idea typed here is the organiser's own).
 */
final class IdeaDialog {
    private IdeaDialog() {
    }

    static Optional<SpeakerIdea> ask(AppContext ctx, String header, SpeakerIdea start, List<String> themes) {
        var i18n = ctx.i18n();
        TextField speaker = new TextField(start.speaker());
        speaker.setId("ideaSpeaker");
        speaker.setPrefColumnCount(28);
        TextField organisation = new TextField(start.organisation());
        organisation.setId("ideaOrganisation");
        ComboBox<String> theme = new ComboBox<>();
        theme.setId("ideaTheme");
        String none = i18n.get("trainings.idea.noTheme");
        List<String> choices = new ArrayList<>(themes);
        if (!start.theme().isEmpty() && !choices.contains(start.theme())) {
            choices.add(start.theme());
        }
        choices.add(none);
        theme.getItems().setAll(choices);
        theme.setValue(start.theme().isEmpty() ? none : start.theme());
        theme.setMaxWidth(Double.MAX_VALUE);
        TextField note = new TextField(start.note());
        note.setId("ideaNote");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        row(grid, 0, i18n.get("trainings.idea.speaker"), speaker);
        row(grid, 1, i18n.get("trainings.idea.organisation"), organisation);
        row(grid, 2, i18n.get("trainings.idea.theme"), theme);
        row(grid, 3, i18n.get("trainings.idea.note"), note);
        Dialog<SpeakerIdea> dialog = new Dialog<>();
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        // A speaker without a name is no idea: OK waits for one.
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(
                javafx.beans.binding.Bindings.createBooleanBinding(() -> speaker.getText().isBlank(), speaker.textProperty()));
        dialog.setResultConverter(button -> button != ButtonType.OK ? null
                : new SpeakerIdea(start.id(), start.suggestedBy(), speaker.getText(), organisation.getText(),
                        none.equals(theme.getValue()) ? "" : theme.getValue(), note.getText()));
        Dialogs.prepare(ctx, dialog);
        Platform.runLater(speaker::requestFocus);
        return dialog.showAndWait();
    }

    private static void row(GridPane grid, int row, String caption, Node input) {
        Label label = new Label(caption);
        label.setMnemonicParsing(true);
        label.setLabelFor(input);
        label.getStyleClass().add("field-label");
        grid.add(label, 0, row);
        grid.add(input, 1, row);
    }
}
