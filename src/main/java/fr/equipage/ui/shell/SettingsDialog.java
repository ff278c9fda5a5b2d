package fr.equipage.ui.shell;

import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import fr.equipage.ui.framework.I18n;
import java.util.List;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The preferences: the interface language (French by default, English possible), kept with the
 * data and applied at the next start.
 */
final class SettingsDialog {
    private static final List<String> LANGUAGES = List.of("fr", "en");

    private SettingsDialog() {
    }

    static void show(AppContext ctx) {
        I18n i18n = ctx.i18n();
        var preferences = ctx.services().preferences();
        ctx.tasks().run(() -> preferences.get(MainWindow.LANGUAGE_KEY).orElse("fr"), current -> {
            ComboBox<String> language = new ComboBox<>();
            language.setId("languageChooser");
            language.getItems().setAll(LANGUAGES);
            language.setConverter(new javafx.util.StringConverter<>() {
                @Override
                public String toString(String code) {
                    return code == null ? "" : i18n.get("settings.language." + code);
                }

                @Override
                public String fromString(String text) {
                    return LANGUAGES.stream().filter(c -> toString(c).equals(text)).findFirst().orElse("fr");
                }
            });
            language.setValue(LANGUAGES.contains(current) ? current : "fr");
            Label label = new Label(i18n.get("settings.language"));
            label.setLabelFor(language);
            label.setMnemonicParsing(true);
            Label note = new Label(i18n.get("settings.language.note"));
            note.getStyleClass().add("text-muted");
            note.setWrapText(true);
            VBox content = new VBox(8, label, language, note);
            content.setPrefWidth(420);

            Dialog<ButtonType> dialog = new Dialog<>();
            dialog.setHeaderText(i18n.get("settings.header"));
            ButtonType save = new ButtonType(i18n.get("settings.save"), ButtonData.OK_DONE);
            ButtonType cancel = new ButtonType(i18n.get("dialog.cancel"), ButtonData.CANCEL_CLOSE);
            dialog.getDialogPane().getButtonTypes().setAll(save, cancel);
            dialog.getDialogPane().setContent(content);
            Dialogs.prepare(ctx, dialog);
            if (dialog.showAndWait().orElse(cancel) == save && !language.getValue().equals(current)) {
                String chosen = language.getValue();
                ctx.tasks().run(() -> {
                    preferences.put(MainWindow.LANGUAGE_KEY, chosen);
                    return chosen;
                }, saved -> { });
            }
        });
    }
}
