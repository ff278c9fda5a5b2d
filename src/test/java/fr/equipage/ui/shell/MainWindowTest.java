package fr.equipage.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.service.Services;
import fr.equipage.app.SampleWorkshop;
import fr.equipage.model.Participant;
import fr.equipage.store.Store;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens the main window headless on a first start (sample launch day) and looks at what it shows. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
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
    void showsTheSampleParticipantsInFrench(FxRobot robot) throws Exception {
        TableView<Participant> table = robot.lookup("#participantsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() >= 40);
        var sample = store.tx(c -> store.participants.all(c, store.workshops.current(c).orElseThrow().id()));
        assertThat(table.getItems()).containsExactlyElementsOf(sample);
        assertThat(robot.window(0).getScene().getRoot().lookup(".title-3")).isNotNull();
        assertThat(((Stage) robot.window(0)).getTitle()).isEqualTo("Équipage — " + SampleWorkshop.NAME);
    }

    @Test
    void navigatesToProposalsAndMinistries(FxRobot robot) throws Exception {
        robot.clickOn("Propositions");
        TableView<?> proposals = robot.lookup("#proposalsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> proposals.getItems().size() >= 15);
        robot.clickOn("Ministères");
        javafx.scene.control.TreeTableView<?> tree = robot.lookup("#ministriesTree").query();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> tree.getRoot() != null && tree.getRoot().getChildren().size() >= 10);
        // INSEE is shown under the Economy ministry, not at the top level.
        assertThat(tree.getRoot().getChildren()).noneMatch(i -> "INSEE".equals(((fr.equipage.model.Ministry) i.getValue()).code()));
    }
}
