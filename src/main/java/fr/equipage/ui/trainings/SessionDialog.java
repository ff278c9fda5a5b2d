package fr.equipage.ui.trainings;

import fr.equipage.model.TrainingSession;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import fr.equipage.ui.framework.I18n;
import fr.equipage.ui.trainings.SessionForm.Field;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;

/**
 * The session form, in a dialog: theme, day, speaker (with the ideas for the theme offered), seats,
 * on site or online and the place. OK checks the form: each problem is said under its field and the
 * dialog stays open on the first one; nothing is saved until the whole session is right.
 */
final class SessionDialog {
    private final AppContext ctx;
    private final SessionForm form;
    private final Map<String, List<String>> speakerIdeas;
    private final Map<Field, Label> problems = new EnumMap<>(Field.class);
    private final Map<Field, Node> fields = new EnumMap<>(Field.class);
    private final ComboBox<String> theme = new ComboBox<>();
    /**
     * The day as typed (jj/mm/aaaa): a plain field rather than a date picker, whose field forgets a
     * text that is no day ("31/02/2024") as soon as it loses the focus; here it stays and is said wrong.
     */
    private final TextField date = new TextField();
    private final ComboBox<String> speaker = new ComboBox<>();
    private final TextField capacity = new TextField();
    private final RadioButton onSite = new RadioButton();
    private final RadioButton online = new RadioButton();
    private final TextField place = new TextField();
    private final Label placeCaption = new Label();

    private SessionDialog(AppContext ctx, SessionForm form, Map<String, List<String>> speakerIdeas) {
        this.ctx = ctx;
        this.form = form;
        this.speakerIdeas = speakerIdeas;
    }

    /** Asks for a session, starting from {@code form}; empty when cancelled. */
    static Optional<TrainingSession> ask(AppContext ctx, String header, SessionForm form,
                                      Map<String, List<String>> speakerIdeas) {
        return new SessionDialog(ctx, form, speakerIdeas).show(header);
    }

    private Optional<TrainingSession> show(String header) {
        I18n i18n = ctx.i18n();
        theme.setId("sessionTheme");
        theme.getItems().setAll(form.themes());
        theme.setValue(form.theme().isEmpty() ? null : form.theme());
        theme.setMaxWidth(Double.MAX_VALUE);
        date.setId("sessionDate");
        date.setPromptText(i18n.get("trainings.form.date.prompt"));
        date.setText(form.date());
        date.setPrefColumnCount(12);
        speaker.setId("sessionSpeaker");
        speaker.setEditable(true);
        speaker.setMaxWidth(Double.MAX_VALUE);
        speaker.setPromptText(i18n.get("trainings.form.speaker.prompt"));
        speaker.getEditor().setText(form.speaker());
        offerIdeas(form.theme());
        theme.valueProperty().addListener((o, a, t) -> offerIdeas(t));
        capacity.setId("sessionCapacity");
        capacity.setText(form.capacity());
        capacity.setPrefColumnCount(6);
        ToggleGroup mode = new ToggleGroup();
        onSite.setText(i18n.get("trainings.form.onSite"));
        online.setText(i18n.get("trainings.form.online"));
        onSite.setToggleGroup(mode);
        online.setToggleGroup(mode);
        onSite.setId("sessionOnSite");
        online.setId("sessionOnline");
        (form.online() ? online : onSite).setSelected(true);
        place.setId("sessionPlace");
        place.setText(form.place());
        place.setPrefColumnCount(30);
        mode.selectedToggleProperty().addListener((o, a, b) -> placeCaption());
        placeCaption();

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.getStyleClass().add("session-form");
        int row = 0;
        row = add(grid, row, Field.THEME, "trainings.form.theme", theme);
        row = add(grid, row, Field.DATE, "trainings.form.date", date);
        row = add(grid, row, Field.SPEAKER, "trainings.form.speaker", speaker);
        row = add(grid, row, Field.CAPACITY, "trainings.form.capacity", capacity);
        grid.add(new HBox(16, onSite, online), 1, row++);
        add(grid, row, Field.PLACE, placeCaption, place);

        Dialog<TrainingSession> dialog = new Dialog<>();
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).addEventFilter(ActionEvent.ACTION, e -> {
            if (!check()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK ? form.draft().orElse(null) : null);
        Dialogs.prepare(ctx, dialog);
        Platform.runLater(() -> (theme.getValue() == null ? theme : date).requestFocus());
        return dialog.showAndWait();
    }

    private void offerIdeas(String t) {
        String typed = speaker.getEditor().getText();
        speaker.getItems().setAll(t == null ? List.of() : speakerIdeas.getOrDefault(t, List.of()));
        speaker.getEditor().setText(typed);
    }

    private void placeCaption() {
        placeCaption.setText(ctx.i18n().get(online.isSelected() ? "trainings.form.link" : "trainings.form.place"));
        place.setPromptText(ctx.i18n().get(online.isSelected() ? "trainings.form.link.prompt" : "trainings.form.place.prompt"));
    }

    private int add(GridPane grid, int row, Field field, String captionKey, Node input) {
        return add(grid, row, field, new Label(ctx.i18n().get(captionKey)), input);
    }

    private int add(GridPane grid, int row, Field field, Label caption, Node input) {
        caption.setLabelFor(input);
        caption.setMnemonicParsing(true);
        caption.getStyleClass().add("field-label");
        Label problem = new Label();
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        problem.setMaxWidth(420);
        problem.setManaged(false);
        problem.setId("sessionProblem" + field.name());
        problems.put(field, problem);
        fields.put(field, input);
        grid.add(caption, 0, row);
        grid.add(input, 1, row);
        grid.add(problem, 1, row + 1);
        return row + 2;
    }

    /** Reads the fields into the form; says each problem under its field and focuses the first. */
    private boolean check() {
        form.setTheme(theme.getValue());
        form.setDate(date.getText());
        form.setSpeaker(speaker.getEditor().getText());
        form.setCapacity(capacity.getText());
        form.setOnline(online.isSelected());
        form.setPlace(place.getText());
        Map<Field, String> found = form.problems();
        problems.forEach((f, label) -> {
            String text = found.get(f);
            label.setText(text == null ? "" : text);
            label.setManaged(text != null);
            label.setVisible(text != null);
        });
        found.keySet().stream().findFirst().ifPresent(f -> {
            Node n = fields.get(f);
            (n == speaker ? speaker.getEditor() : n).requestFocus();
        });
        if (!found.isEmpty()) {
            problems.values().iterator().next().getScene().getWindow().sizeToScene();
        }
        return found.isEmpty();
    }
}
