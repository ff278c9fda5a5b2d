package fr.equipage.ui.board;

import static fr.equipage.ui.FxWait.fx;
import static fr.equipage.ui.FxWait.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.service.Services;
import fr.equipage.app.SampleWorkshop;
import fr.equipage.engine.TeamReport;
import fr.equipage.io.TeamList;
import fr.equipage.io.TeamListExporter;
import fr.equipage.model.Lock;
import fr.equipage.model.Participant;
import fr.equipage.store.Store;
import fr.equipage.ui.shell.MainWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
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
import org.testfx.util.WaitForAsyncUtils;

/**
 * The board as an organiser uses it, headless, on the sample launch day in a fresh data folder:
 * optimise, drag, undo, pin and re-optimise, scenarios, export.
 */
@ExtendWith(ApplicationExtension.class)
class BoardFlowTest {
    @TempDir
    static Path dir;

    private Store store;
    private MainWindow window;
    private BoardController board;
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

    // ---- helpers ----------------------------------------------------------------------------



    private void openBoard(FxRobot robot) throws Exception {
        robot.clickOn("#teamsNav");
        waitUntil(() -> robot.lookup("#boardScreen").tryQuery().isPresent());
        board = BoardController.of(robot.lookup("#boardScreen").query());
        waitUntil(() -> board.model().isLoaded());
    }

    private void optimise(FxRobot robot) throws Exception {
        boolean first = fx(() -> !board.model().hasPlan());
        int before = fx(() -> board.runner().completedProperty().get());
        robot.clickOn(first ? "#emptyOptimise" : "#optimiseButton");
        waitUntil(() -> board.runner().completedProperty().get() > before && board.model().hasPlan());
    }

    private BoardModel model() {
        return board.model();
    }

    private boolean headerBroken(String team) throws Exception {
        return fx(() -> {
            TeamColumn col = board.board().columns().stream().filter(c -> team.equals(c.team())).findFirst().orElseThrow();
            return col.header().getStyleClass().contains("broken");
        });
    }

    private String headerText(String team) throws Exception {
        return fx(() -> {
            TeamColumn col = board.board().columns().stream().filter(c -> team.equals(c.team())).findFirst().orElseThrow();
            StringBuilder sb = new StringBuilder();
            col.header().getChildren().forEach(n -> sb.append(((Label) n).getText()).append('\n'));
            return sb.toString();
        });
    }

    /**
     * The columns of a row share the board's whole width (no empty strip on the right), and every
     * name on a card is shown in full: wrapped if need be, never cut with "…".
     */
    private void assertColumnsFillTheWidthAndNamesAreWhole() throws Exception {
        List<TeamColumn> columns = fx(() -> board.board().columns());
        double first = fx(() -> columns.get(0).getLayoutY());
        List<TeamColumn> row = columns.stream().filter(c -> {
            try {
                return fx(() -> c.getLayoutY()) == first;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(row.size()).isGreaterThan(1);
        double width = fx(() -> row.get(0).getWidth());
        double min = fx(() -> row.get(0).getMinWidth());
        assertThat(width).isGreaterThanOrEqualTo(min);
        for (TeamColumn c : row) {
            assertThat(fx(c::getWidth)).isCloseTo(width, org.assertj.core.data.Offset.offset(1.0));
        }
        double used = fx(() -> {
            TeamColumn last = row.get(row.size() - 1);
            return last.getLayoutX() + last.getWidth();
        });
        double available = fx(() -> {
            javafx.scene.layout.Region grid = (javafx.scene.layout.Region) row.get(0).getParent();
            return grid.getWidth() - grid.snappedRightInset();
        });
        assertThat(used).isCloseTo(available, org.assertj.core.data.Offset.offset(2.0));
        for (TeamColumn c : columns) {
            for (PersonCard card : fx(c::cards)) {
                fx(() -> {
                    Label name = (Label) card.lookup(".person-name");
                    javafx.scene.text.Text shown = (javafx.scene.text.Text) name.lookup(".text");
                    assertThat(shown.getText().replace("\n", " ")).as("name on card %s", card.getId())
                            .isEqualTo(name.getText());
                    return null;
                });
            }
        }
    }

    // ---- flows ------------------------------------------------------------------------------

    @Test
    void optimiseShowsEightFeasibleTeamsAndTheirMembers(FxRobot robot) throws Exception {
        openBoard(robot);
        optimise(robot);

        List<TeamReport> teams = fx(() -> model().evaluation().teams());
        assertThat(teams).hasSize(8);
        assertThat(fx(() -> model().evaluation().feasible())).isTrue();
        // The sample day's proven optimum with its eight real 2023 projects.
        assertThat(fx(() -> model().evaluation().score().total())).isEqualTo(609);
        for (TeamReport t : teams) {
            Node column = robot.lookup("#team-" + t.proposal()).query();
            assertThat(column.isVisible()).isTrue();
            assertThat(headerBroken(t.proposal())).isFalse();
            for (String member : t.members()) {
                assertThat(robot.lookup("#card-" + member).tryQuery()).isPresent();
            }
        }
        assertThat(robot.lookup("#feasibility").queryAs(Label.class).getText()).startsWith("✔");
        assertColumnsFillTheWidthAndNamesAreWhole();
        // Saved at once: a restart shows the same plan.
        assertThat(store.tx(c -> store.plans.current(c, workshop)).orElseThrow().teams())
                .isEqualTo(fx(() -> model().currentPlan().teams()));
        // The teams formed are "retained" proposals in the season follow-up, the others stay "proposed";
        // one undo takes back the plan and the statuses together.
        java.util.Set<String> formed = new java.util.HashSet<>();
        teams.forEach(t -> formed.add(t.proposal()));
        waitUntil(() -> store.tx(c -> store.proposals.all(c, workshop)).stream()
                .allMatch(p -> (p.status() == fr.equipage.model.ProposalStatus.RETAINED) == formed.contains(p.id())));
        robot.press(KeyCode.CONTROL, KeyCode.Z)
                .release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> store.tx(c -> store.proposals.all(c, workshop)).stream()
                .allMatch(p -> p.status() == fr.equipage.model.ProposalStatus.PROPOSED));
    }

    @Test
    void draggingIntoAFullTeamShowsTheSizeRuleBrokenAndUndoFixesIt(FxRobot robot) throws Exception {
        openBoard(robot);
        optimise(robot);
        TeamReport full = fx(() -> model().evaluation().teams().stream().filter(t -> t.size() == t.maxSize())
                .findFirst().orElseThrow());
        String mover = fx(() -> model().evaluation().teams().stream().filter(t -> t != full && t.size() > t.minSize())
                .flatMap(t -> t.members().stream()).filter(p -> !model().isProposerOfOwnTeam(p)).findFirst().orElseThrow());
        String from = fx(() -> model().teamOf(mover));

        // Onto the team's header: dropping onto one of its members would swap the two instead.
        Node header = robot.lookup("#team-" + full.proposal()).lookup(".team-header").query();
        robot.drag("#card-" + mover).dropTo(header);
        waitUntil(() -> full.proposal().equals(model().teamOf(mover)));

        assertThat(headerBroken(full.proposal())).isTrue();
        assertThat(headerText(full.proposal())).contains("il en faut entre " + full.minSize() + " et " + full.maxSize());
        assertThat(robot.lookup("#feasibility").queryAs(Label.class).getText()).startsWith("⚠");
        String name = fx(() -> model().name(mover));
        String title = fx(() -> model().title(full.proposal()));
        assertThat(fx(() -> window.context().undo().undoLabelProperty().get())).isEqualTo("déplacer " + name + " vers " + title);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> from.equals(model().teamOf(mover)));
        assertThat(headerBroken(full.proposal())).isFalse();
        assertThat(fx(() -> model().evaluation().feasible())).isTrue();
        assertThat(store.tx(c -> store.plans.current(c, workshop)).orElseThrow().teamOf(mover).proposal()).isEqualTo(from);
    }

    @Test
    void aPinnedPersonStaysWhereTheOrganiserPutThemWhenReOptimising(FxRobot robot) throws Exception {
        openBoard(robot);
        optimise(robot);
        // Someone moved to another team they chose, then pinned there; both teams in the first row of the board,
        // so that the drag stays within the visible area.
        String[] pick = fx(() -> {
            var firstRow = model().evaluation().teams().stream().limit(3).map(TeamReport::proposal).toList();
            for (String team : firstRow) {
                for (String p : model().evaluation().teams().stream().filter(t -> t.proposal().equals(team))
                        .findFirst().orElseThrow().members()) {
                    if (model().isProposer(p)) {
                        continue;
                    }
                    for (String choice : model().participant(p).choices()) {
                        if (!choice.equals(team) && firstRow.contains(choice)) {
                            return new String[] {p, choice};
                        }
                    }
                }
            }
            throw new AssertionError("nobody to move within the first row");
        });
        String person = pick[0];
        String target = pick[1];
        String title = fx(() -> model().title(target));

        Node header = robot.lookup("#team-" + target).lookup(".team-header").query();
        robot.drag("#card-" + person).dropTo(header);
        waitUntil(() -> target.equals(model().teamOf(person)));
        robot.rightClickOn("#card-" + person);
        robot.clickOn("#menuPin");
        waitUntil(() -> target.equals(model().pinOf(person)));
        assertThat(robot.lookup("#card-" + person).lookup(".pin-badge").tryQuery()).isPresent();

        optimise(robot);
        assertThat(fx(() -> model().teamOf(person))).isEqualTo(target);
        assertThat(fx(() -> model().evaluation().feasible())).isTrue();
        List<Lock> locks = store.tx(c -> store.constraints.locks(c, workshop));
        assertThat(locks).contains(new Lock(person, target));
        assertThat(store.tx(c -> store.plans.current(c, workshop)).orElseThrow().teamOf(person).proposal()).isEqualTo(target);
    }

    @Test
    void twoSavedScenariosAreComparedSideBySide(FxRobot robot) throws Exception {
        openBoard(robot);
        optimise(robot);
        saveScenario(robot, "Optimum");
        // Swap two people of different teams by dropping one on the other.
        String[] pair = fx(() -> {
            var teams = model().evaluation().teams();
            return new String[] {nonProposer(teams.get(0)), nonProposer(teams.get(1))};
        });
        String team0 = fx(() -> model().teamOf(pair[0]));
        String team1 = fx(() -> model().teamOf(pair[1]));
        robot.drag("#card-" + pair[0]).dropTo("#card-" + pair[1]);
        waitUntil(() -> team1.equals(model().teamOf(pair[0])) && team0.equals(model().teamOf(pair[1])));
        saveScenario(robot, "Échange");
        waitUntil(() -> board.scenarios().count() == 2);

        robot.clickOn("Scénarios");
        waitUntil(() -> board.scenarios().first().getValue() != null && board.scenarios().second().getValue() != null);
        assertThat(fx(() -> board.scenarios().first().getValue().name())).isEqualTo("Optimum");
        assertThat(fx(() -> board.scenarios().second().getValue().name())).isEqualTo("Échange");
        String text = fx(() -> board.scenarios().comparisonText());
        assertThat(text).contains("2 personnes changent d’équipe");
        assertThat(text).contains(fx(() -> model().name(pair[0])), fx(() -> model().name(pair[1])));
        assertThat(text).contains("609");
        List<String> saved = store.tx(c -> store.plans.scenarios(c, workshop)).stream().map(s -> s.name()).toList();
        assertThat(saved).containsExactly("Optimum", "Échange");
    }

    private String nonProposer(TeamReport t) {
        return t.members().stream().filter(p -> !model().isProposerOfOwnTeam(p)).findFirst().orElseThrow();
    }

    private void saveScenario(FxRobot robot, String name) throws Exception {
        robot.clickOn("#saveScenarioButton");
        TextField field = robot.lookup(".dialog-pane .text-field").queryAs(TextField.class);
        robot.interact(() -> field.setText(name));
        robot.clickOn(field).type(KeyCode.ENTER);
        waitUntil(() -> board.scenarios().first().getItems().stream().anyMatch(c -> c.name().equals(name)));
    }

    @Test
    void exportedTeamListsReadBackAsTheBoardShowsThem(FxRobot robot) throws Exception {
        openBoard(robot);
        optimise(robot);
        Path out = dir.resolve("export-" + System.nanoTime());
        Files.createDirectories(out);
        robot.interact(() -> board.setDestination((owner, title, suggested, format) -> Optional.of(out.resolve(suggested))));

        robot.clickOn("#exportButton");
        robot.clickOn("Listes des équipes (CSV, pour Excel ou LibreOffice)…");
        Path csv = out.resolve("equipes-journee-de-lancement-14-fevrier-2023.csv");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(csv));

        // French Excel dialect: UTF-8 with BOM, ";" between cells, CRLF line ends.
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.replace("\r\n", "")).doesNotContain("\n");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(String.join(";", TeamListExporter.HEADERS));
        assertThat(lines.get(0)).startsWith("Équipe;Nom;Prénom;Courriel;Ministère");
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(l -> l.split(";", -1)).toList();
        assertThat(rows).hasSize(55);
        // Every participant exactly once: all members of every team, then the unassigned.
        int participants = fx(() -> model().instance().participants().size());
        assertThat(rows.stream().map(r -> r[3]).distinct().count()).isEqualTo(participants);
        Set<String> titles = new HashSet<>();
        int unassigned = 0;
        boolean pastTeams = false;
        for (String[] r : rows) {
            String email = r[3];
            Participant p = fx(() -> model().instance().participants().stream()
                    .filter(x -> email.equals(x.email())).findFirst().orElseThrow());
            String team = fx(() -> model().teamOf(p.id()));
            assertThat(r[0]).isEqualTo(team == null ? TeamList.NO_TEAM : fx(() -> model().title(team)));
            assertThat(r[1]).isEqualTo(p.lastName());
            assertThat(r[2]).isEqualTo(p.firstName());
            assertThat(r[4]).startsWith(p.ministry() == null ? "" : p.ministry());
            if (team != null) {
                assertThat(pastTeams).as("the unassigned come after every team").isFalse();
                titles.add(r[0]);
            } else {
                pastTeams = true;
                unassigned++;
            }
        }
        assertThat(titles).hasSize(8);
        assertThat(unassigned).isEqualTo(fx(() -> model().unassigned().size()));
        assertThat(robot.lookup("#hint").queryAs(Label.class).getText()).contains(csv.getFileName().toString());
    }
}
