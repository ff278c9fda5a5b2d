package fr.equipage.ui.meetups;

import static fr.equipage.ui.FxWait.fx;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.app.SampleWorkshop;
import fr.equipage.model.MeetupRound;
import fr.equipage.model.Round;
import fr.equipage.service.Services;
import fr.equipage.store.Store;
import fr.equipage.ui.FxWait;
import fr.equipage.ui.shell.MainWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The « Rencontres » screen as an organiser uses it, headless, on the sample launch day in a fresh
 * data folder: plan the season, swap two people by drag and by keyboard, undo, and find the plan
 * again after a restart.
 */
@ExtendWith(ApplicationExtension.class)
class MeetupsFlowTest {
    @TempDir
    static Path dir;

    private Path data;
    private Store store;
    private MainWindow window;
    private long workshop;
    private Stage first;

    @Start
    void start(Stage stage) {
        first = stage;
        data = dir.resolve("data-" + System.nanoTime());
        store = Store.open(data);
        SampleWorkshop.loadIfEmpty(Services.over(store).workshops());
        workshop = store.tx(c -> store.workshops.current(c).orElseThrow().id());
        window = MainWindow.open(stage, Services.over(store));
    }


    /** Planning a season on the sample day may take a while on a busy machine. */
    static void waitUntil(Callable<Boolean> condition) throws Exception {
        FxWait.waitUntil(60, condition);
    }

    private MeetupsController open(FxRobot robot) throws Exception {
        robot.clickOn("#meetupsNav");
        waitUntil(() -> robot.lookup("#meetupsScreen").tryQuery().isPresent());
        MeetupsController c = MeetupsController.of(robot.lookup("#meetupsScreen").query());
        waitUntil(() -> c.model().isLoaded());
        return c;
    }

    /** Two people of round 1 at different tables: the first of table 1 and the first of table 2. */
    private static String[] twoTables(MeetupsController c) throws Exception {
        return fx(() -> {
            List<GroupView> groups = c.model().groups(1);
            return new String[] {groups.get(0).members().get(0).id(), groups.get(1).members().get(0).id()};
        });
    }

    @Test
    void planTheSeasonSwapByDragAndByKeyboardUndoAndFindThePlanAfterARestart(FxRobot robot) throws Exception {
        MeetupsController c = open(robot);
        assertThat(fx(() -> c.model().hasPlan())).isFalse();
        assertThat(robot.lookup("#scoreSummary").queryAs(Label.class).getText()).isEqualTo("Aucun tour planifié");
        fx(() -> {
            c.setTimeLimit(1);
            return null;
        });
        robot.clickOn("#planSeasonButton");
        waitUntil(() -> !c.planning() && c.model().isPlanned(c.model().roundCount()));
        int rounds = fx(() -> c.model().roundCount());
        assertThat(fx(() -> c.model().score().repeats())).as("the sample season has no repeat").isZero();
        assertThat(robot.lookup("#status").queryAs(Label.class).getText())
                .isEqualTo("Personne ne rencontre deux fois la même personne");
        assertThat(fx(() -> window.context().undo().undoLabelProperty().get()))
                .isEqualTo("planifier la saison des rencontres");
        // Saved at once.
        waitUntil(() -> Services.over(store).meetups(workshop).season().rounds().stream().allMatch(MeetupRound::planned));
        Round planned = fx(() -> c.model().state().round(1));

        // Drag the first person of table 1 onto the first of table 2: they swap, the score follows.
        String[] pair = twoTables(c);
        robot.drag("#member-" + pair[0]).dropTo("#member-" + pair[1]);
        waitUntil(() -> c.model().groupOf(1, pair[0]) == 1 && c.model().groupOf(1, pair[1]) == 0);
        String a = fx(() -> c.model().name(pair[0]));
        String b = fx(() -> c.model().name(pair[1]));
        waitUntil(() -> ("échanger " + a + " et " + b + " (tour 1)").equals(window.context().undo().undoLabelProperty().get()));
        assertThat(fx(() -> c.model().score())).isEqualTo(fx(() -> fr.equipage.engine.meetup.MeetupScorer.score(
                c.model().instance(), c.model().state().schedule())));
        waitUntil(() -> Services.over(store).meetups(workshop).season().round(1).orElseThrow().groupOf(pair[0]) == 1);

        // Undo puts them back, on screen and on disk.
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> c.model().groupOf(1, pair[0]) == 0);
        assertThat(fx(() -> c.model().state().round(1))).isEqualTo(planned);

        // The keyboard twin: Space on one person, Tab-free focus on the other, Space again.
        String[] again = twoTables(c);
        fx(() -> {
            robot.lookup("#member-" + again[0]).query().requestFocus();
            return null;
        });
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil(() -> again[0].equals(c.board().gesture().picked()));
        assertThat(robot.lookup("#swapPreview").queryAs(Label.class).getText()).contains("Espace");
        fx(() -> {
            robot.lookup("#member-" + again[1]).query().requestFocus();
            return null;
        });
        assertThat(robot.lookup("#swapPreview").queryAs(Label.class).getText()).startsWith("Échanger");
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        waitUntil(() -> c.model().groupOf(1, again[0]) == 1);
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> c.model().groupOf(1, again[0]) == 0);
        waitUntil(() -> Services.over(store).meetups(workshop).season().round(1).orElseThrow().groupOf(again[0]) == 0);

        // Export: the lists of every round, as Excel reads them, through the menu.
        Path csv = dir.resolve("rencontres-" + System.nanoTime() + ".csv");
        fx(() -> {
            c.exports().setDestination((title, name, filter, ext) -> csv);
            return null;
        });
        robot.clickOn("#exportButton");
        robot.clickOn("Listes de tous les tours (CSV, pour Excel ou LibreOffice)…");
        waitUntil(() -> java.nio.file.Files.exists(csv));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        String written = java.nio.file.Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(written).contains("Tour;Groupe;Nom;Prénom;Courriel;Ministère;Sujets communs");
        assertThat(written.lines().count()).as("a row per person placed, round by round").isGreaterThan(40L * rounds);

        // A restart shows the same season.
        List<Round> before = fx(() -> c.model().state().schedule().rounds());
        fx(() -> {
            window.close();
            first.hide();
            return null;
        });
        store.close();
        store = Store.open(data);
        Stage[] stage = new Stage[1];
        window = fx(() -> {
            stage[0] = new Stage();
            return MainWindow.open(stage[0], Services.over(store));
        });
        MeetupsController reopened = open(robot);
        waitUntil(() -> reopened.model().hasPlan());
        assertThat(fx(() -> reopened.model().state().schedule().rounds())).isEqualTo(before).hasSize(rounds);
        fx(() -> {
            window.close();
            stage[0].close();
            return null;
        });
        store.close();
    }
}
