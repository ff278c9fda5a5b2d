package fr.equipage.ui.meetups;

import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupSeason;
import fr.equipage.model.Problem;
import fr.equipage.service.MeetupPlan;
import fr.equipage.service.MeetupService;
import fr.equipage.service.UndoableEdit;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import fr.equipage.ui.framework.I18n;
import fr.equipage.ui.framework.ScreenKeys;
import fr.equipage.ui.framework.UndoButtons;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The « Rencontres » screen: settings, planning the season or one round (off the FX thread, with
 * progress and cancel), one board per round with swaps by drag or keyboard, presence, held rounds,
 * undo. It wires the {@link MeetupsModel} to its views; every edit shows at once, is saved through
 * the {@link MeetupService} on the database thread and recorded in the shared undo history; the
 * screen then reads the season again, as it does after an undo.
 */
public class MeetupsController {
    /** Default planning time: the sample day's season is free of repeats well within it. */
    static final int DEFAULT_TIME_LIMIT = 10;
    static final KeyCombination PLAN_SEASON = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PLAN_ROUND = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final AppContext ctx;
    private final I18n i18n;
    private final MeetupsModel model;
    private final MeetupTexts texts;
    private PlanRunner runner;
    private RoundBoard board;
    private MeetupSettingsPanel settings;
    private MeetupRulesPage rules;
    private MeetupExports exports;
    private boolean teamsHaveMet;
    /** The number of this screen's last edit (see {@link AppContext#numberEdit()}): older reads are stale. */
    private long lastEdit;
    private long readNumber;

    @FXML
    private BorderPane meetupsScreen;
    @FXML
    private Button planSeasonButton;
    @FXML
    private Button planNextButton;
    @FXML
    private Spinner<Integer> timeLimit;
    @FXML
    private MenuButton exportButton;
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
    private Label status;
    @FXML
    private Label hint;
    @FXML
    private TabPane tabs;
    @FXML
    private Tab roundsTab;
    @FXML
    private StackPane boardArea;
    @FXML
    private ScrollPane settingsScroll;
    @FXML
    private ScrollPane rulesScroll;

    public MeetupsController(AppContext ctx) {
        this.ctx = ctx;
        this.i18n = ctx.i18n();
        this.model = new MeetupsModel(i18n);
        this.texts = new MeetupTexts(i18n, model);
    }

    /** The controller of a loaded screen (tests reach it through its root). */
    public static MeetupsController of(javafx.scene.Node root) {
        return (MeetupsController) root.getProperties().get(MeetupsController.class);
    }

    @FXML
    private void initialize() {
        meetupsScreen.getProperties().put(MeetupsController.class, this);
        runner = new PlanRunner(ctx.tasks());
        board = new RoundBoard(model, texts, i18n, new RoundBoard.Actions() {
            @Override
            public void swap(int round, String a, String b) {
                commit(model.swap(round, a, b), s -> s.swap(round, a, b));
            }

            @Override
            public void setPresent(int round, String person, boolean present) {
                commit(model.setPresent(round, person, present), s -> s.setPresent(round, person, present));
            }

            @Override
            public void replan(int round) {
                planRound(round);
            }

            @Override
            public void markHeld(int round) {
                confirmHeld(round);
            }
        });
        boardArea.getChildren().add(board);
        settings = new MeetupSettingsPanel(model, i18n, change -> change.ifPresent(
                c -> commit(change, s -> s.changeSettings(c.after().instance().settings(), teamsHaveMet))),
                on -> record(ctx.i18n().get("meetups.edit.teamsHaveMet"),
                        s -> s.changeSettings(model.settings(), on)));
        rules = new MeetupRulesPage(model, i18n);
        settingsScroll.setContent(settings);
        rulesScroll.setContent(rules);
        timeLimit.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 600, DEFAULT_TIME_LIMIT));
        UndoButtons.bind(ctx.undo(), i18n, undoButton, redoButton);
        status.setTooltip(new javafx.scene.control.Tooltip());
        status.getTooltip().textProperty().bind(status.textProperty());
        hint.managedProperty().bind(hint.textProperty().isNotEmpty());
        hint.visibleProperty().bind(hint.textProperty().isNotEmpty());
        exports = new MeetupExports(ctx, board::round);
        exports.fill(exportButton);
        bindProgress();
        ScreenKeys.install(meetupsScreen, Map.of(PLAN_SEASON, this::onPlanSeason, PLAN_ROUND, this::onPlanNext));
        model.addListener(this::refresh);
        ctx.dataProperty().addListener((o, a, read) -> reload(read));
        refresh();
        reload(ctx.dataProperty().get());
    }

    private void bindProgress() {
        progressBox.visibleProperty().bind(runner.runningProperty());
        progressBox.managedProperty().bind(runner.runningProperty());
        progressBar.progressProperty().bind(runner.fractionProperty());
        planSeasonButton.disableProperty().bind(runner.runningProperty());
        planNextButton.disableProperty().bind(runner.runningProperty());
        // Editing while the engine works would be overwritten by its result: the board waits.
        board.disableProperty().bind(runner.runningProperty());
        settings.disableProperty().bind(runner.runningProperty());
        progressText.textProperty().bind(Bindings.createStringBinding(() -> texts.progress(runner.progressProperty().get()),
                runner.progressProperty()));
    }

    private MeetupService service() {
        return ctx.services().meetups(ctx.workshopId(), ctx.labels());
    }

    /** Reads the season again after a saved change (an edit here or elsewhere, an undo, another workshop). */
    private void reload(AppContext.Shared read) {
        if (ctx.workshop() == null || read.sequence() < lastEdit) {
            return;
        }
        long number = ++readNumber;
        MeetupService service = service();
        ctx.tasks().run(() -> new Read(service.season(), service.instance()), r -> {
            if (number == readNumber) {
                teamsHaveMet = r.season().teamsHaveMet();
                settings.setTeamsHaveMet(teamsHaveMet);
                model.load(SeasonState.of(r.season(), r.instance()));
            }
        });
    }

    private record Read(MeetupSeason season, MeetupInstance instance) {
    }

    /** Saves an edit already shown by the model, and records it for undo. */
    private void commit(Optional<SeasonChange> change, Function<MeetupService, UndoableEdit> edit) {
        change.ifPresent(c -> record(c.label(), edit));
    }

    private void record(String label, Function<MeetupService, UndoableEdit> edit) {
        lastEdit = ctx.numberEdit();
        MeetupService service = service();
        ctx.undo().perform(new NamedEdit(label, () -> edit.apply(service)));
    }

    // ---- showing ---------------------------------------------------------------------------

    private void refresh() {
        board.refresh();
        settings.refresh();
        rules.refresh();
        scoreSummary.setText(texts.score());
        status.setText(texts.status());
        status.getStyleClass().removeAll("ok", "broken");
        if (model.isLoaded() && model.hasPlan()) {
            status.getStyleClass().add(texts.ok() ? "ok" : "broken");
        }
        boolean plan = model.isLoaded() && model.hasPlan();
        planSeasonButton.setText(i18n.get(plan ? "meetups.replanSeason" : "meetups.planSeason"));
        planSeasonButton.getStyleClass().remove("accent");
        if (!plan) {
            planSeasonButton.getStyleClass().add("accent");
        }
        int next = model.isLoaded() ? model.nextRound() : 0;
        planNextButton.setText(next == 0 ? i18n.get("meetups.planNext") : i18n.format("meetups.planNext.numbered", next));
        exportButton.setDisable(!plan);
        hint.setText(!model.isLoaded() ? "" : model.instance().participants().isEmpty() ? i18n.get("meetups.hint.nobody")
                : plan ? i18n.get("meetups.hint.plan") : i18n.get("meetups.hint.start"));
    }

    // ---- actions ---------------------------------------------------------------------------

    @FXML
    void onPlanSeason() {
        if (!ready()) {
            return;
        }
        if (model.nextRound() == 0) {
            hint.setText(i18n.get("meetups.allHeld"));
            return;
        }
        MeetupService service = service();
        afterSaves(() -> runner.start(service::planSeason, limit(), plan -> save(service, plan, null), this::failed));
    }

    @FXML
    void onPlanNext() {
        if (ready()) {
            if (model.nextRound() == 0) {
                hint.setText(i18n.get("meetups.allHeld"));
                return;
            }
            planRound(model.nextRound());
        }
    }

    /** Plans one round for the people marked present at it; the other rounds do not change. */
    void planRound(int round) {
        if (!ready() || model.isHeld(round)) {
            return;
        }
        List<String> present = model.instance().participants().stream().filter(p -> p.presentAt(round))
                .map(p -> p.id()).toList();
        MeetupService service = service();
        board.select(round);
        afterSaves(() -> runner.start(o -> service.planRound(round, present, o), limit(), plan -> save(service, plan, round),
                this::failed));
    }

    /**
     * Runs {@code start} once the edits already queued are saved: the engine reads the season as
     * stored, so a presence ticked just before must be in it.
     */
    private void afterSaves(Runnable start) {
        ctx.tasks().run(() -> null, ignored -> start.run());
    }

    private boolean ready() {
        if (!model.isLoaded() || runner.runningProperty().get()) {
            return false;
        }
        if (model.instance().participants().size() < 2) {
            hint.setText(i18n.get("meetups.hint.nobody"));
            return false;
        }
        return true;
    }

    private Duration limit() {
        return Duration.ofSeconds(timeLimit.getValue());
    }

    private void save(MeetupService service, MeetupPlan plan, Integer round) {
        if (plan.invalid()) {
            alert(Alert.AlertType.WARNING, i18n.get("meetups.plan.refused"),
                    String.join("\n", plan.problems().stream().map(Problem::message).toList()));
            return;
        }
        String label = round == null ? i18n.get("meetups.edit.planSeason") : i18n.format("meetups.edit.planRound", round);
        record(label, s -> service.savePlan(plan));
        tabs.getSelectionModel().select(roundsTab);
        hint.setText(plan.result().cancelled() ? i18n.get("meetups.plan.cancelled") : "");
    }

    private void failed(Throwable e) {
        alert(Alert.AlertType.ERROR, i18n.get("meetups.plan.failed"), e.getMessage() == null ? e.toString() : e.getMessage());
    }

    private void alert(Alert.AlertType type, String header, String text) {
        Alert a = new Alert(type, text, ButtonType.OK);
        a.setHeaderText(header);
        Dialogs.prepare(ctx, a);
        a.show();
    }

    /** Holding a round makes it history for good (undo aside): the organiser says so once more. */
    private void confirmHeld(int round) {
        if (Dialogs.confirm(ctx, i18n.format("meetups.held.confirm", round), i18n.get("meetups.held.confirm.text"),
                i18n.get("meetups.markHeld"))) {
            markHeld(round);
        }
    }

    void markHeld(int round) {
        commit(model.markHeld(round), s -> s.setHeld(round, true));
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

    // ---- for tests -------------------------------------------------------------------------

    MeetupsModel model() {
        return model;
    }

    RoundBoard board() {
        return board;
    }

    MeetupExports exports() {
        return exports;
    }

    void setTimeLimit(int seconds) {
        timeLimit.getValueFactory().setValue(seconds);
    }

    boolean planning() {
        return runner.runningProperty().get();
    }
}
