package fr.equipage.ui.board;

import static fr.equipage.ui.FxWait.fx;
import static fr.equipage.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.app.SampleWorkshop;
import fr.equipage.model.Settings;
import fr.equipage.service.Services;
import fr.equipage.store.Store;
import fr.equipage.ui.shell.MainWindow;
import java.nio.file.Path;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Typing a number of teams the rules do not allow is one clamped edit, undone in one step. */
@ExtendWith(ApplicationExtension.class)
class SettingsFlowTest {
    @TempDir
    static Path dir;

    private Store store;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        store = Store.open(dir.resolve("data-" + System.nanoTime()));
        SampleWorkshop.loadIfEmpty(Services.over(store).workshops());
        window = MainWindow.open(stage, Services.over(store));
    }

    @AfterEach
    void close() {
        window.close();
        store.close();
    }

    @Test
    void zeroTeamsBecomesOneInOneUndoableStep(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#participantsTable").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        waitUntil(() -> robot.lookup("#boardScreen").tryQuery().isPresent());
        BoardController board = BoardController.of(robot.lookup("#boardScreen").query());
        waitUntil(() -> board.model().isLoaded());
        javafx.scene.control.TabPane tabs = robot.lookup(".tab-pane").query();
        fx(() -> {
            tabs.getSelectionModel().select(3); // Réglages
            return null;
        });
        Spinner<Integer> teams = robot.lookup("#settingMaxTeams").query();
        fx(() -> {
            teams.requestFocus();
            teams.getEditor().setText("0");
            return null;
        });
        robot.push(KeyCode.TAB);
        waitUntil(() -> board.model().settings().maxTeams() == 1);
        assertThat(fx(teams::getValue)).isEqualTo(1);
        assertThat(fx(() -> teams.getEditor().getText())).isEqualTo("1");

        fx(() -> {
            window.context().undo().undo();
            return null;
        });
        waitUntil(() -> board.model().settings().maxTeams() == Settings.DEFAULT.maxTeams());
        assertThat(fx(teams::getValue)).isEqualTo(Settings.DEFAULT.maxTeams());
        assertThat(fx(() -> window.context().undo().undoLabelProperty().get())).isEmpty();
    }
}
