package fr.equipage.ui.board;

import fr.equipage.service.BoardPersistence;
import fr.equipage.service.UndoableEdit;
import fr.equipage.model.Plan;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.I18n;
import fr.equipage.ui.framework.UndoButtons;
import java.time.Duration;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The "Équipes" screen: optimise, adjust by hand, explain, compare scenarios, export. It wires the
 * {@link BoardModel} to its views, saves every edit at once (on the database thread) and records
 * it in the shared undo history; undo and redo write the database and the board reloads from it.
 */
public class BoardController {
    /** Default time limit of an optimisation, in seconds: the sample day is proven optimal well within it. */
    static final int DEFAULT_TIME_LIMIT = 5;

    private final AppContext ctx;
    private final I18n i18n;
    private final BoardModel model;
    private final Wording words;
    private final PlanOptimiser optimiser;
    private final RoomViewSwitch roomView = new RoomViewSwitch();
    private BoardPersistence persistence;
    private OptimiseRunner runner;
    /** The number of this board's last saved edit (see {@link AppContext#numberEdit()}). */
    private long lastEdit;
    private ExportDestination destination;

    private TeamBoardView board;
    private ExplainPanel explain;
    private OverviewPanel overview;
    private ScenariosPanel scenarios;
    private SettingsPanel settings;
    private RulesPage rules;
    private CardMenu cardMenu;

    @FXML
    private BorderPane boardScreen;
    @FXML
    private Button optimiseButton;
    @FXML
    private Spinner<Integer> timeLimit;
    @FXML
    private MenuButton exportButton;
    @FXML
    private Button saveScenarioButton;
    @FXML
    private Button undoButton;
    @FXML
    private Button redoButton;
    @FXML
    private HBox progressBox;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label progressText;
    @FXML
    private Label scoreSummary;
    @FXML
    private Label feasibility;
    @FXML
    private Label hint;
    @FXML
    private TabPane tabs;
    @FXML
    private Tab boardTab;
    @FXML
    private Tab scenariosTab;
    @FXML
    private StackPane boardArea;
    @FXML
    private javafx.scene.control.SplitPane boardSplit;
    @FXML
    private ScrollPane explainScroll;
    @FXML
    private ScrollPane overviewScroll;
    @FXML
    private ScrollPane scenariosScroll;
    @FXML
    private ScrollPane settingsScroll;
    @FXML
    private ScrollPane rulesScroll;

    public BoardController(AppContext ctx) {
        this(ctx, Optimisers.standard());
    }

    BoardController(AppContext ctx, PlanOptimiser optimiser) {
        this.ctx = ctx;
        this.i18n = ctx.i18n();
        this.optimiser = optimiser;
        this.model = new BoardModel(new EditLabels(i18n));
        this.words = new Wording(i18n, model);
        this.destination = new FileChooserDestination(i18n);
    }

    /** The controller of a loaded board screen (tests and the main window reach it through its root). */
    public static BoardController of(javafx.scene.Node root) {
        return (BoardController) root.getProperties().get(BoardController.class);
    }

    @FXML
    private void initialize() {
        boardScreen.getProperties().put(BoardController.class, this);
        runner = new OptimiseRunner(optimiser, ctx.tasks());
        board = new TeamBoardView(model, words, i18n, this::onOptimise, new DragSupport.DropHandler() {
            @Override
            public void move(String person, String team) {
                commit(model.move(person, team), false);
            }

            @Override
            public void swap(String person, String other) {
                commit(model.swap(person, other), false);
            }
        });
        explain = new ExplainPanel(model, words, i18n);
        overview = new OverviewPanel(model, i18n);
        scenarios = new ScenariosPanel(model, i18n, new ScenariosPanel.Actions() {
            @Override
            public void save() {
                onSaveScenario();
            }

            @Override
            public void use(String name, Plan plan) {
                commit(Optional.of(model.useScenario(name, plan)), false);
                tabs.getSelectionModel().select(boardTab);
            }

            @Override
            public void delete(String name) {
                BoardPersistence p = persistence;
                ctx.tasks().run(() -> {
                    p.deleteScenario(name);
                    return p.scenarios();
                }, scenarios::setScenarios);
            }
        });
        settings = new SettingsPanel(model, i18n, change -> commit(change, true));
        rules = new RulesPage(model, i18n);
        cardMenu = new CardMenu(model, i18n, this::commit);

        boardArea.getChildren().add(board);
        // The explanation keeps its width when the window grows: the teams get the room.
        javafx.scene.control.SplitPane.setResizableWithParent(explainScroll, false);
        explainScroll.setMinWidth(260);
        explainScroll.setContent(explain);
        overviewScroll.setContent(overview);
        scenariosScroll.setContent(scenarios);
        settingsScroll.setContent(settings);
        rulesScroll.setContent(rules);
        board.onPersonSelected(p -> {
            explain.showPerson(p);
            showExplain(true);
        });
        board.onTeamSelected(t -> {
            explain.showTeam(t);
            showExplain(true);
        });
        explain.onClose(() -> {
            board.clearSelection();
            showExplain(false);
        });
        showExplain(false);
        board.onCardMenu(card -> cardMenu.show(card));
        BoardKeys.install(boardScreen, () -> {
            if (!runner.runningProperty().get()) {
                onOptimise();
            }
        }, this::onExportCsv);
        // The status line keeps two lines' room (style sheet): a rule broken by a drop must not push
        // the board down; a longer text is shown whole in its tooltip.
        feasibility.setTooltip(new javafx.scene.control.Tooltip());
        feasibility.getTooltip().textProperty().bind(feasibility.textProperty());

        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        timeLimit.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 600, DEFAULT_TIME_LIMIT));
        UndoButtons.bind(ctx.undo(), i18n, undoButton, redoButton);
        bindProgress();
        model.addListener(this::refresh);
        ctx.workshopProperty().addListener((o, a, b) -> persistence = null);
        ctx.dataProperty().addListener((o, a, read) -> show(read));
        refresh();
        show(ctx.dataProperty().get());
    }

    /** F5: the teams alone, full screen, for the room; Esc (or F5 again) leaves. */
    public void openRoomView() {
        if (model.isLoaded()) {
            roomView.toggle(() -> RoomView.open(model, i18n, words, ctx.workshop().name(), ctx.windowProperty().get()));
        }
    }

    RoomView room() {
        return roomView.room();
    }

    private void bindProgress() {
        progressBox.visibleProperty().bind(runner.runningProperty());
        progressBox.managedProperty().bind(runner.runningProperty());
        progressBar.progressProperty().bind(runner.fractionProperty());
        optimiseButton.disableProperty().bind(runner.runningProperty());
        // Editing while the engine works would be overwritten by its result: the board waits.
        board.mouseTransparentProperty().bind(runner.runningProperty());
        settings.disableProperty().bind(runner.runningProperty());
        progressText.textProperty().bind(Bindings.createStringBinding(
                () -> BoardSummary.progress(runner.progressProperty().get(), i18n), runner.progressProperty()));
    }

    /**
     * The explanation panel takes room from the teams, so it only shows once someone or a team is
     * selected (on a 1200-pixel window the board then keeps three columns instead of four).
     */
    private void showExplain(boolean show) {
        var items = boardSplit.getItems();
        if (show && !items.contains(explainScroll)) {
            items.add(explainScroll);
            boardSplit.setDividerPositions(Math.max(0.55, 1 - 330 / Math.max(660, boardSplit.getWidth())));
        } else if (!show) {
            items.remove(explainScroll);
        }
    }

    // ---- loading and saving ----------------------------------------------------------------

    private BoardPersistence persistence() {
        if (persistence == null && ctx.workshop() != null) {
            persistence = ctx.services().board(ctx.workshopId());
        }
        return persistence;
    }

    /** Shows the workshop and its plan as read after a change (an undo, or an edit on another screen). */
    private void show(AppContext.Shared read) {
        if (ctx.workshop() == null) {
            return;
        }
        if (read.sequence() < lastEdit) {
            // Queued before this board's last edit was saved: ask for a read that includes it.
            ctx.dataChanged();
            return;
        }
        model.load(read.data().instance(), read.data().plan(), read.data().boundOutdated());
        scenarios.setScenarios(read.data().scenarios());
    }

    /**
     * Saves an edit and records it for undo. {@code othersCare}: pins, pairs and settings are also
     * shown on other screens, which are told to reload once the edit is saved.
     */
    private void commit(Optional<BoardChange> change, boolean othersCare) {
        if (change.isEmpty()) {
            return;
        }
        record(new BoardEdit(change.get(), persistence()), othersCare);
    }

    private void record(UndoableEdit edit, boolean othersCare) {
        lastEdit = ctx.numberEdit();
        ctx.tasks().run(() -> {
            edit.redo();
            return null;
        }, ignored -> {
            if (othersCare) {
                ctx.dataChanged();
            }
        });
        ctx.undo().done(edit);
    }

    // ---- showing ---------------------------------------------------------------------------

    private void refresh() {
        if (!model.isLoaded()) {
            summarise();
            return;
        }
        board.refresh();
        String person = board.selectedPerson();
        String team = board.selectedTeam();
        if (person != null && model.participant(person) != null) {
            explain.showPerson(person);
        } else if (team != null && model.evaluation() != null
                && model.evaluation().teams().stream().anyMatch(t -> t.proposal().equals(team))) {
            explain.showTeam(team);
        } else {
            board.clearSelection();
            showExplain(false);
        }
        overview.refresh();
        settings.refresh();
        rules.refresh();
        scenarios.refresh();
        boolean plan = model.hasPlan();
        optimiseButton.setText(i18n.get(plan ? "board.reoptimise" : "board.optimise"));
        optimiseButton.getStyleClass().removeAll("accent", "large");
        exportButton.getStyleClass().removeAll("accent", "success");
        if (plan) {
            exportButton.getStyleClass().add("success");
        } else {
            optimiseButton.getStyleClass().addAll("accent", "large");
        }
        exportButton.setDisable(!plan);
        saveScenarioButton.setDisable(!plan);
        summarise();
    }

    private void summarise() {
        BoardSummary s = BoardSummary.of(model, i18n, words);
        scoreSummary.setText(s.score());
        feasibility.setText(s.feasibility());
        feasibility.getStyleClass().removeAll("ok", "broken");
        if (s.status() != BoardSummary.Status.NONE) {
            feasibility.getStyleClass().add(s.status() == BoardSummary.Status.OK ? "ok" : "broken");
        }
        hint.setText(s.hint());
    }

    // ---- actions ---------------------------------------------------------------------------

    @FXML
    void onOptimise() {
        if (!model.isLoaded()) {
            return;
        }
        if (model.instance().participants().isEmpty() || model.instance().proposals().isEmpty()) {
            // An empty workshop: say what is missing instead of doing nothing.
            hint.setText(i18n.get(model.instance().participants().isEmpty() ? "board.optimise.noParticipants"
                    : "board.optimise.noProposals"));
            return;
        }
        // A re-run starts from the board as it is (the engine keeps it stable), a first run from scratch.
        runner.start(model.instance(), model.currentPlan(), Duration.ofSeconds(timeLimit.getValue()), outcome -> {
            // The plan's teams become "retained" proposals, which the proposals screen shows.
            BoardChange ch = model.applyOptimised(outcome.plan());
            record(persistence().optimised(ch.label(), ch.before(), ch.after()), true);
            tabs.getSelectionModel().select(boardTab);
            if (outcome.reason() != null) {
                String reason = java.util.Locale.ENGLISH.getLanguage().equals(i18n.locale().getLanguage())
                        ? outcome.reasonEn() : outcome.reason();
                BoardAlerts.show(ctx, Alert.AlertType.WARNING, i18n.get("board.optimise.infeasible"),
                        words.withNames(reason));
            }
        }, e -> BoardAlerts.show(ctx, Alert.AlertType.ERROR, i18n.get("board.optimise.failed"),
                e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    @FXML
    void onCancel() {
        runner.cancel();
    }

    @FXML
    void onUndo() {
        ctx.undo().undo();
    }

    @FXML
    void onRedo() {
        ctx.undo().redo();
    }

    @FXML
    void onSaveScenario() {
        if (model.hasPlan()) {
            ScenarioSaver.ask(ctx, scenarios.count() + 1).ifPresent(this::saveScenario);
        }
    }

    /** Keeps the current plan under a name (replacing a scenario of the same name). */
    void saveScenario(String name) {
        ScenarioSaver.save(ctx, persistence(), name, model.currentPlan(), list -> {
            scenarios.setScenarios(list);
            hint.setText(i18n.format("board.scenario.saved", name));
        });
    }

    @FXML
    void onExportCsv() {
        export(TeamListFormat.CSV);
    }

    @FXML
    void onExportXlsx() {
        export(TeamListFormat.XLSX);
    }

    private void export(TeamListFormat format) {
        new TeamListSaver(ctx, destination).save(model, format, hint::setText);
    }

    @FXML
    void onPrint() {
        if (model.hasPlan()) {
            PrintView.show(model, i18n, ctx.workshop().name(), ctx.windowProperty().get());
        }
    }

    // ---- for tests ---------------------------------------------------------------------------

    BoardModel model() {
        return model;
    }

    TeamBoardView board() {
        return board;
    }

    ExplainPanel explain() {
        return explain;
    }

    ScenariosPanel scenarios() {
        return scenarios;
    }

    OptimiseRunner runner() {
        return runner;
    }

    void setDestination(ExportDestination destination) {
        this.destination = destination;
    }

    void setTimeLimit(int seconds) {
        timeLimit.getValueFactory().setValue(seconds);
    }
}
