package fr.equipage.ui.board;

import static fr.equipage.ui.FxWait.fx;
import static fr.equipage.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.app.SampleWorkshop;
import fr.equipage.service.Services;
import fr.equipage.store.Store;
import fr.equipage.ui.shell.MainWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ContextMenu;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The workshop day without a mouse, headless, on a fresh data folder (the sample launch day):
 * Ctrl+4, Ctrl+R, Ctrl+E saves the team lists; a focused person card moves with the arrows and
 * Enter and opens its menu with Shift+F10.
 */
@ExtendWith(ApplicationExtension.class)
class KeyboardFlowTest {
    @TempDir
    static Path dir;

    private Store store;
    private MainWindow window;
    private final List<String> suggested = new ArrayList<>();

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



    /** Ctrl+4 then Ctrl+R: the board, optimised; the save dialog is stood in for by a folder. */
    private BoardController boardOptimisedByKeyboard(FxRobot robot, Path folder) throws Exception {
        waitUntil(() -> robot.lookup("#participantsTable").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT4);
        waitUntil(() -> robot.lookup("#boardScreen").tryQuery().isPresent());
        BoardController board = BoardController.of(robot.lookup("#boardScreen").query());
        waitUntil(() -> board.model().isLoaded());
        fx(() -> {
            board.setTimeLimit(3);
            board.setDestination((owner, title, name, format) -> {
                suggested.add(name);
                return Optional.of(folder.resolve(name));
            });
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.R);
        waitUntil(() -> board.model().hasPlan() && !board.runner().runningProperty().get());
        return board;
    }

    /** Puts the keyboard on a person's card, as Tab would. */
    private static void focusCard(FxRobot robot, String person) throws Exception {
        waitUntil(() -> robot.lookup("#card-" + person).tryQuery().isPresent());
        fx(() -> {
            robot.lookup("#card-" + person).query().requestFocus();
            return null;
        });
        waitUntil(() -> robot.lookup("#card-" + person).query().isFocused());
    }

    @Test
    void ctrl4CtrlRCtrlESavesTheTeamListsUnderTheProposedName(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("exports-" + System.nanoTime()));
        BoardController board = boardOptimisedByKeyboard(robot, folder);
        assertThat(fx(() -> board.model().evaluation().feasible())).isTrue();

        robot.push(KeyCode.CONTROL, KeyCode.E);
        waitUntil(() -> suggested.size() == 1 && Files.exists(folder.resolve(suggested.get(0))));
        assertThat(suggested.get(0)).endsWith(".csv").contains("equipes");
        Path saved = folder.resolve(suggested.get(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.size(saved) > 0);
        String csv = Files.readString(saved, StandardCharsets.UTF_8);
        String someone = fx(() -> board.model().name(board.model().evaluation().teams().get(0).members().get(0)));
        assertThat(csv).contains(someone.split(" ")[1]);
    }

    @Test
    void arrowsAndEnterMoveAFocusedPersonWithThePreviewOfADrag(FxRobot robot) throws Exception {
        BoardController board = boardOptimisedByKeyboard(robot, dir);
        BoardModel model = board.model();
        String person = fx(() -> model.evaluation().teams().get(0).members().get(0));
        String before = fx(() -> model.teamOf(person));
        focusCard(robot, person);
        robot.push(KeyCode.RIGHT);
        String preview = fx(() -> board.board().drag().previewText());
        assertThat(preview).startsWith("Déplacer " + fx(() -> model.name(person))).contains("points");
        robot.push(KeyCode.ENTER);
        waitUntil(() -> !before.equals(model.teamOf(person)));
        assertThat(fx(() -> model.teamOf(person))).isEqualTo(fx(() -> model.evaluation().teams().get(1).proposal()));
        // The board was rebuilt; the keyboard is still on the same person, and Ctrl+Z puts them back.
        assertThat(fx(() -> robot.lookup("#card-" + person).query().isFocused())).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> before.equals(model.teamOf(person)));

        focusCard(robot, person);
        robot.push(KeyCode.SHIFT, KeyCode.F10);
        waitUntil(() -> robot.listWindows().stream().anyMatch(w -> w instanceof ContextMenu && w.isShowing()));
        robot.push(KeyCode.ESCAPE);
    }

    @Test
    void escapeGivesUpAKeyboardMove(FxRobot robot) throws Exception {
        BoardController board = boardOptimisedByKeyboard(robot, dir);
        String person = fx(() -> board.model().evaluation().teams().get(0).members().get(0));
        String before = fx(() -> board.model().teamOf(person));
        focusCard(robot, person);
        robot.push(KeyCode.LEFT);
        assertThat(fx(() -> board.board().drag().previewText())).isNotEmpty();
        robot.push(KeyCode.ESCAPE);
        assertThat(fx(() -> board.board().drag().previewText())).isEmpty();
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> board.model().teamOf(person))).isEqualTo(before);
    }
}
