package fr.equipage.ui.trainings;

import static fr.equipage.ui.FxWait.fx;
import static fr.equipage.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.app.SampleWorkshop;
import fr.equipage.engine.InviteLists.InviteList;
import fr.equipage.model.Participant;
import fr.equipage.model.TrainingSession;
import fr.equipage.service.Season;
import fr.equipage.service.Services;
import fr.equipage.store.Store;
import fr.equipage.ui.shell.MainWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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
 * The season on the sample launch day, headless and by keyboard: the chart shows the demand, the
 * organiser plans an online NLP session (a wrong seat count is said in the form and nothing is saved),
 * sees who is invited and why, exports the list, undoes and redoes, and finds the session again after
 * the data folder is reopened.
 */
@ExtendWith(ApplicationExtension.class)
class TrainingsFlowTest {
    @TempDir
    static Path dir;

    private Path data;
    private Store store;
    private MainWindow window;
    private long workshop;

    @Start
    void start(Stage stage) {
        data = dir.resolve("data-" + System.nanoTime());
        store = Store.open(data);
        SampleWorkshop.loadIfEmpty(Services.over(store).workshops());
        workshop = store.tx(c -> store.workshops.current(c).orElseThrow().id());
        window = MainWindow.open(stage, Services.over(store));
    }

    @AfterEach
    void close() {
        if (window != null) {
            window.close();
        }
        if (store != null) {
            store.close();
        }
    }



    private Season season() {
        return Services.over(store).season(workshop).read();
    }

    @Test
    void planASessionSeeItsInvitesExportThemUndoRedoAndFindItAfterReopening(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#participantsTable").tryQuery().isPresent());
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        waitUntil(() -> robot.lookup("#trainingsScreen").tryQuery().isPresent());
        ListView<DemandChart.Bar> chart = robot.lookup("#demandList").query();
        waitUntil(() -> chart.getItems().size() >= 6);

        // The chart: most asked first, with the number people read on the bar.
        Season before = season();
        List<DemandChart.Bar> bars = fx(() -> List.copyOf(chart.getItems()));
        assertThat(bars).extracting(DemandChart.Bar::people).isSortedAccordingTo((a, b) -> b - a);
        for (DemandChart.Bar b : bars) {
            assertThat(b.people()).as(b.theme()).isEqualTo(before.demandFor(b.theme()));
        }
        assertThat(bars.get(0).value()).endsWith(" personnes");
        int planned = before.sessions().size();

        // ↓ to NLP, then Ctrl+N: a session on it, seats proposed from the demand.
        String nlp = "NLP";
        int nlpRank = bars.stream().map(DemandChart.Bar::theme).toList().indexOf(nlp);
        fx(() -> {
            chart.requestFocus();
            chart.getSelectionModel().select(0);
            return null;
        });
        for (int i = 0; i < nlpRank; i++) {
            robot.type(KeyCode.DOWN);
        }
        waitUntil(() -> nlp.equals(chart.getSelectionModel().getSelectedItem().theme()));
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitUntil(() -> robot.lookup("#sessionCapacity").tryQuery().isPresent());
        TextField seats = robot.lookup("#sessionCapacity").query();
        assertThat(seats.getText()).isEqualTo(Integer.toString(before.demandFor(nlp)));
        TextField date = robot.lookup("#sessionDate").query();
        waitUntil(date::isFocused);
        robot.clickOn(date).write("31/02/2024");
        robot.clickOn("#sessionSpeaker").write("Jeanne Martin");
        robot.clickOn("#sessionOnline");
        robot.clickOn(seats).push(KeyCode.CONTROL, KeyCode.A).write("0").type(KeyCode.ENTER);

        // No such day and zero seats: each said under its field, the dialog stays, nothing saved.
        Label seatsProblem = robot.lookup("#sessionProblemCAPACITY").query();
        Label dateProblem = robot.lookup("#sessionProblemDATE").query();
        waitUntil(seatsProblem::isVisible);
        assertThat(seatsProblem.getText()).contains("au moins une place");
        assertThat(dateProblem.getText().replace('\u202F', ' ')).contains("« 31/02/2024 »");
        assertThat(date.getText()).as("the wrong day stays as typed").isEqualTo("31/02/2024");
        assertThat(date.isFocused()).as("the first problem's field takes the focus").isTrue();
        assertThat(season().sessions()).hasSize(planned);

        robot.push(KeyCode.CONTROL, KeyCode.A).write("14/03/2024");
        robot.clickOn(seats).push(KeyCode.CONTROL, KeyCode.A).write("5").type(KeyCode.ENTER);
        waitUntil(() -> season().sessions().size() == planned + 1);
        InviteList expected = season().sessions().stream().filter(l -> l.session().speaker().equals("Jeanne Martin")
                && l.session().theme().equals(nlp)).findFirst().orElseThrow();
        TrainingSession saved = expected.session();
        assertThat(saved.theme()).isEqualTo(nlp);
        assertThat(saved.date()).isEqualTo(LocalDate.of(2024, 3, 14));
        assertThat(saved.speaker()).isEqualTo("Jeanne Martin");
        assertThat(saved.capacity()).isEqualTo(5);
        assertThat(saved.online()).isTrue();

        // Its invite list: the five people the fair order puts first, and the sentence that says why.
        TableView<ProgrammeTexts.InviteRow> invites = robot.lookup("#invitesTable").query();
        waitUntil(() -> invites.getItems().stream().filter(r -> !r.waiting()).count() == 5);
        assertThat(fx(() -> invites.getItems().stream().filter(r -> !r.waiting()).map(ProgrammeTexts.InviteRow::name).toList()))
                .containsExactlyElementsOf(expected.invited().stream().map(Participant::name).toList());
        assertThat(fx(() -> invites.getItems().stream().filter(ProgrammeTexts.InviteRow::waiting).count()))
                .as("the others who asked wait, in order").isEqualTo((long) expected.waiting().size());
        Label why = robot.lookup("#invitesExplanation").query();
        assertThat(why.getText().replace('\u202F', ' ')).contains("NLP").contains("5 places");
        Label title = robot.lookup("#invitesTitle").query();
        assertThat(title.getText().replace('\u202F', ' ')).contains("5 invités pour 5 places");

        // Ctrl+E: the list saved where the (stood-in) save dialog says, in French Excel CSV.
        Path out = Files.createDirectories(dir.resolve("out-" + System.nanoTime()));
        TrainingsController screen = TrainingsController.of(robot.lookup("#trainingsScreen").query());
        fx(() -> {
            screen.setDestination((owner, t, suggested, xlsx) -> Optional.of(out.resolve(suggested)));
            return null;
        });
        robot.push(KeyCode.CONTROL, KeyCode.E);
        Path csv = out.resolve("invitations-session-" + saved.id() + "-journee-de-lancement-14-fevrier-2023.csv");
        waitUntil(() -> Files.exists(csv));
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).hasSize(1 + 5);
        assertThat(lines.get(0)).startsWith("Session;Thème;Date;Nom;Prénom;Courriel");
        for (int i = 0; i < 5; i++) {
            Participant p = expected.invited().get(i);
            assertThat(lines.get(i + 1)).startsWith(saved.id() + ";NLP;14/03/2024;" + p.lastName() + ";" + p.firstName() + ";" + p.email());
        }
        Label status = robot.lookup("#exportStatus").query();
        waitUntil(() -> status.getText().contains(csv.getFileName().toString()));

        // Undo takes the session away, redo brings it back with the same number.
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        waitUntil(() -> season().sessions().size() == planned);
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        waitUntil(() -> season().sessions().size() == planned + 1);
        waitUntil(() -> season().session(saved.id()).isPresent());

        // Reopened: the session is there, as saved.
        window.close();
        window = null;
        store.close();
        store = null;
        try (Services reopened = Services.open(data)) {
            List<TrainingSession> after = reopened.season(workshop).read().sessionList();
            assertThat(after).hasSize(planned + 1).contains(saved);
        }
    }
}
