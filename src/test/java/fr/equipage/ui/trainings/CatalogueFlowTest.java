package fr.equipage.ui.trainings;

import static fr.equipage.ui.FxWait.fx;
import static fr.equipage.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.app.SampleWorkshop;
import fr.equipage.service.Season;
import fr.equipage.service.Services;
import fr.equipage.store.Store;
import fr.equipage.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Renaming a theme from the chart by keyboard (F2): a name another theme already has is refused as it is
 * typed, with the way out (merge); a new name is saved for everyone who asked for the theme, the chart
 * keeps it chosen, and Ctrl+Z puts the old name back everywhere.
 */
@ExtendWith(ApplicationExtension.class)
class CatalogueFlowTest {
    @TempDir
    static Path dir;

    private Store store;
    private MainWindow window;
    private long workshop;

    @Start
    void start(Stage stage) {
        store = Store.open(dir.resolve("data-" + System.nanoTime()));
        SampleWorkshop.loadIfEmpty(Services.over(store).workshops());
        workshop = store.tx(c -> store.workshops.current(c).orElseThrow().id());
        window = MainWindow.open(stage, Services.over(store));
    }

    @AfterEach
    void close() {
        window.close();
        store.close();
    }



    private Season season() {
        return Services.over(store).season(workshop).read();
    }

    @Test
    void renameByKeyboardRefusesAnExistingNameThenSavesForEveryoneAndUndoes(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#participantsTable").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        waitUntil(() -> robot.lookup("#demandList").tryQuery().isPresent());
        ListView<DemandChart.Bar> chart = robot.lookup("#demandList").query();
        waitUntil(() -> chart.getItems().size() >= 6);
        int asked = season().demandFor("Dataviz");
        assertThat(asked).as("the sample day has people asking for Dataviz").isPositive();
        fx(() -> {
            chart.requestFocus();
            chart.getSelectionModel().select(chart.getItems().stream().filter(b -> b.theme().equals("Dataviz")).findFirst()
                    .orElseThrow());
            return null;
        });

        robot.type(KeyCode.F2);
        waitUntil(() -> robot.lookup("#themeNameField").tryQuery().isPresent());
        TextField name = robot.lookup("#themeNameField").query();
        Label problem = robot.lookup("#themeNameProblem").query();
        DialogPane pane = (DialogPane) name.getScene().getRoot();
        assertThat(name.getText()).isEqualTo("Dataviz");
        robot.clickOn(name).push(KeyCode.CONTROL, KeyCode.A).write("nlp");
        waitUntil(() -> !problem.getText().isEmpty());
        assertThat(problem.getText().replace('\u202F', ' ')).contains("« NLP » existe déjà").contains("Fusionner");
        assertThat(pane.lookupButton(ButtonType.OK).isDisabled()).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.A).write("Visualisation de données").type(KeyCode.ENTER);
        waitUntil(() -> season().themes().contains("Visualisation de données"));
        Season renamed = season();
        assertThat(renamed.themes()).doesNotContain("Dataviz");
        assertThat(renamed.demandFor("Visualisation de données")).as("everyone's need renamed").isEqualTo(asked);
        waitUntil(() -> chart.getSelectionModel().getSelectedItem() != null
                && chart.getSelectionModel().getSelectedItem().theme().equals("Visualisation de données"));
        assertThat(window.context().undo().undoLabelProperty().get()).contains("Dataviz").contains("Visualisation de données");

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> season().themes().contains("Dataviz"));
        assertThat(season().demandFor("Dataviz")).isEqualTo(asked);
        waitUntil(() -> chart.getItems().stream().anyMatch(b -> b.theme().equals("Dataviz")));
        List<String> shown = fx(() -> chart.getItems().stream().map(DemandChart.Bar::theme).toList());
        assertThat(shown).doesNotContain("Visualisation de données");
    }
}
