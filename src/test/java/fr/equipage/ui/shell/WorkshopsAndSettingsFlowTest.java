package fr.equipage.ui.shell;

import fr.equipage.ui.UiTestSupport;
import fr.equipage.ui.framework.I18n;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.service.Services;
import fr.equipage.model.Workshop;
import fr.equipage.store.Store;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Workshops are duplicated, renamed (and back), created, opened and deleted; preferences are kept. */
@ExtendWith(ApplicationExtension.class)
class WorkshopsAndSettingsFlowTest extends UiTestSupport {
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        open(stage);
    }

    @Stop
    void stop() {
        close();
    }

    @AfterEach
    void frenchAgain() {
        Locale.setDefault(I18n.FRENCH);
    }

    /**
     * Fires a menu item as a click would, found by its bundle key. Later, not inside interact():
     * the item may open a dialog that waits for the organiser.
     */
    private void menu(String key) {
        String wanted = text(key);
        MenuBar bar = lookup(".menu-bar").query();
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> wanted.equals(i.getText())).findFirst().orElseThrow(() -> new AssertionError(key));
        javafx.application.Platform.runLater(item::fire);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    private void answer(String text) {
        DialogPane pane = dialogPane();
        TextField field = (TextField) pane.lookup(".text-field");
        interact(() -> field.setText(text));
        clickOn(pane.lookupButton(ButtonType.OK));
    }

    private static List<String> names(Store s) {
        return s.tx(c -> s.workshops.all(c)).stream().map(Workshop::name).toList();
    }

    private static String current(Store s) {
        return s.tx(c -> s.workshops.current(c)).orElseThrow().name();
    }

    @Test
    void duplicateRenameUndoCreateOpenDelete_rememberedAfterRestart() {
        settle();
        menu("menu.workshop.duplicate");
        clickOn(dialogPane().lookupButton(ButtonType.OK)); // the proposed name: "Atelier d'essai (copie)"
        awaitStored(WorkshopsAndSettingsFlowTest::current, (WORKSHOP + " (copie)")::equals);
        assertThat(stage.getTitle()).endsWith(WORKSHOP + " (copie)");
        TableView<?> people = lookup("#participantsTable").query();
        assertThat(people.getItems()).as("the copy has the people").hasSize(1);

        menu("menu.workshop.rename");
        answer("Atelier de cadrage");
        awaitStored(WorkshopsAndSettingsFlowTest::current, "Atelier de cadrage"::equals);
        awaitStored(s -> stage.getTitle(), t -> t.endsWith("Atelier de cadrage"));
        interact(people::requestFocus);
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitStored(WorkshopsAndSettingsFlowTest::names, n -> n.contains(WORKSHOP + " (copie)"));
        press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        awaitStored(WorkshopsAndSettingsFlowTest::names, n -> n.contains("Atelier de cadrage"));

        menu("menu.workshop.new");
        answer("Atelier vide");
        awaitStored(WorkshopsAndSettingsFlowTest::current, "Atelier vide"::equals);
        awaitStored(s -> people.getItems().size(), n -> n == 0);

        // Open the first workshop again from the chooser.
        @SuppressWarnings("unchecked")
        ComboBox<Workshop> chooser = lookup("#workshopChooser").query();
        interact(() -> chooser.setValue(chooser.getItems().stream().filter(w -> w.name().equals(WORKSHOP))
                .findFirst().orElseThrow()));
        awaitStored(WorkshopsAndSettingsFlowTest::current, WORKSHOP::equals);
        awaitStored(s -> people.getItems().size(), n -> n == 1);

        // Delete the empty one: open it, confirm; the remaining workshop opens.
        interact(() -> chooser.setValue(chooser.getItems().stream().filter(w -> w.name().equals("Atelier vide"))
                .findFirst().orElseThrow()));
        awaitStored(WorkshopsAndSettingsFlowTest::current, "Atelier vide"::equals);
        menu("menu.workshop.delete");
        clickOn(dialogButton(text("workshop.delete.confirm")));
        awaitStored(WorkshopsAndSettingsFlowTest::names, n -> !n.contains("Atelier vide"));

        interact(() -> chooser.setValue(chooser.getItems().stream().filter(w -> w.name().equals("Atelier de cadrage"))
                .findFirst().orElseThrow()));
        awaitStored(WorkshopsAndSettingsFlowTest::current, "Atelier de cadrage"::equals);

        List<String> after = afterRestart(s -> List.of(String.join(" | ", names(s)), current(s)));
        assertThat(after).containsExactly(WORKSHOP + " | Atelier de cadrage", "Atelier de cadrage");
    }

    @Test
    void presentationModeAndLanguageAreKept_andEnglishIsShown() {
        settle();
        Scene scene = stage.getScene();
        // F5 is the room view now; presentation mode (large text in the window) is Ctrl+Shift+P.
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(scene.getRoot().getStyleClass()).contains(Presentation.STYLE_CLASS);
        awaitStored(s -> s.tx(c -> s.appState.get(c, Presentation.KEY)).orElse(""), "true"::equals);
        press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P).release(KeyCode.P, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(scene.getRoot().getStyleClass()).doesNotContain(Presentation.STYLE_CLASS);

        menu("menu.settings");
        DialogPane pane = dialogPane();
        @SuppressWarnings("unchecked")
        ComboBox<String> language = (ComboBox<String>) pane.lookup("#languageChooser");
        interact(() -> language.setValue("en"));
        clickOn(dialogButton(text("settings.save")));
        awaitStored(s -> s.tx(c -> s.appState.get(c, MainWindow.LANGUAGE_KEY)).orElse(""), "en"::equals);

        // "Takes effect at the next start": a window opened now is in English.
        Stage[] second = new Stage[1];
        MainWindow[] english = new MainWindow[1];
        interact(() -> {
            second[0] = new Stage();
            english[0] = MainWindow.open(second[0], Services.over(store));
        });
        ToggleButton nav = (ToggleButton) second[0].getScene().lookup("#proposalsNav");
        assertThat(nav.getText()).isEqualTo("Pr_oposals");
        interact(() -> {
            english[0].context().tasks().close();
            second[0].close();
        });
    }
}
