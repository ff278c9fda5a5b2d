package fr.equipage.ui.shell;

import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.I18n;
import fr.equipage.ui.framework.UndoManager;
import fr.equipage.ui.framework.Views;
import fr.equipage.ui.importing.ImportController;
import fr.equipage.model.Workshop;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;

/** The window frame: menus, workshop chooser, navigation between screens, and the content area. */
public class MainController {
    private final AppContext ctx;
    private final WorkshopActions workshops;
    private final Map<Toggle, String> screenOf = new LinkedHashMap<>();
    private final Map<String, Parent> loaded = new LinkedHashMap<>();
    /** True while the chooser is refilled from the database: its events are not the organiser's. */
    private boolean refreshingChooser;

    @FXML
    private ToggleGroup navigation;
    @FXML
    private ToggleButton participantsNav;
    @FXML
    private ToggleButton proposalsNav;
    @FXML
    private ToggleButton ministriesNav;
    @FXML
    private ToggleButton teamsNav;
    @FXML
    private ToggleButton meetupsNav;
    @FXML
    private ToggleButton trainingsNav;
    @FXML
    private StackPane content;
    @FXML
    private MenuItem undoItem;
    @FXML
    private MenuItem redoItem;
    @FXML
    private CheckMenuItem presentationItem;
    @FXML
    private MenuItem exportTeamsItem;
    @FXML
    private Label workshopName;
    @FXML
    private ComboBox<Workshop> workshopChooser;

    public MainController(AppContext ctx) {
        this.ctx = ctx;
        this.workshops = new WorkshopActions(ctx);
    }

    @FXML
    private void initialize() {
        screenOf.put(participantsNav, "participants");
        screenOf.put(proposalsNav, "proposals");
        screenOf.put(ministriesNav, "ministries");
        screenOf.put(teamsNav, "teams");
        screenOf.put(meetupsNav, "meetups");
        screenOf.put(trainingsNav, "trainings");
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one screen is always shown
            } else {
                show(screenOf.get(now));
            }
        });
        participantsNav.setSelected(true);
        for (Toggle t : screenOf.keySet()) {
            // A mnemonic (Alt+P…) fires the button's action, which does not select a toggle by itself.
            ((ToggleButton) t).addEventHandler(javafx.event.ActionEvent.ACTION, e -> t.setSelected(true));
        }
        ctx.dataProperty().addListener((o, a, read) -> openFittingScreen(read));
        I18n i18n = ctx.i18n();
        UndoManager undo = ctx.undo();
        undoItem.textProperty().bind(Bindings.createStringBinding(
                () -> undo.undoLabelProperty().get().isEmpty() ? i18n.get("menu.undo")
                        : i18n.format("menu.undo.named", undo.undoLabelProperty().get()), undo.undoLabelProperty()));
        redoItem.textProperty().bind(Bindings.createStringBinding(
                () -> undo.redoLabelProperty().get().isEmpty() ? i18n.get("menu.redo")
                        : i18n.format("menu.redo.named", undo.redoLabelProperty().get()), undo.redoLabelProperty()));
        undoItem.disableProperty().bind(undo.undoLabelProperty().isEmpty());
        redoItem.disableProperty().bind(undo.redoLabelProperty().isEmpty());
        setUpWorkshopChooser();
        presentationItem.selectedProperty().addListener((o, was, on) -> setPresentation(on));
    }

    private void setUpWorkshopChooser() {
        // The open workshop's full name is shown above; the chooser only offers to open another one,
        // so it always shows its prompt (long names would not fit in it anyway).
        workshopName.textProperty().bind(Bindings.createStringBinding(
                () -> ctx.workshop() == null ? "" : ctx.workshop().name(), ctx.workshopProperty()));
        workshopChooser.setCellFactory(v -> new WorkshopCell());
        workshopChooser.setButtonCell(new WorkshopCell());
        workshopChooser.valueProperty().addListener((o, old, chosen) -> {
            if (!refreshingChooser && chosen != null) {
                workshops.open(chosen);
                javafx.application.Platform.runLater(() -> {
                    refreshingChooser = true;
                    workshopChooser.setValue(null);
                    refreshingChooser = false;
                });
            }
        });
        ctx.dataProperty().addListener((o, a, read) -> showWorkshops(read.workshops()));
    }

    /** Refills the chooser; a renamed open workshop is taken up in the title bar too. */
    private void showWorkshops(List<Workshop> all) {
        refreshingChooser = true;
        try {
            workshopChooser.getItems().setAll(all);
            workshopChooser.setValue(null);
            Workshop open = ctx.workshop();
            Workshop fresh = open == null ? null
                    : all.stream().filter(w -> w.id() == open.id()).findFirst().orElse(null);
            if (fresh != null && !fresh.equals(open)) {
                ctx.workshopProperty().set(fresh);
            }
        } finally {
            refreshingChooser = false;
        }
    }

    /**
     * The keys of the whole window: Ctrl+1 … Ctrl+6 go to the screens in the order of the navigation
     * (menu accelerators cover F1, F5 and Ctrl+Shift+P).
     */
    void installKeys(javafx.scene.Scene scene) {
        List<Toggle> order = List.copyOf(screenOf.keySet());
        javafx.scene.input.KeyCode[] digits = {javafx.scene.input.KeyCode.DIGIT1, javafx.scene.input.KeyCode.DIGIT2,
                javafx.scene.input.KeyCode.DIGIT3, javafx.scene.input.KeyCode.DIGIT4, javafx.scene.input.KeyCode.DIGIT5,
                javafx.scene.input.KeyCode.DIGIT6};
        javafx.scene.input.KeyCode[] numpad = {javafx.scene.input.KeyCode.NUMPAD1, javafx.scene.input.KeyCode.NUMPAD2,
                javafx.scene.input.KeyCode.NUMPAD3, javafx.scene.input.KeyCode.NUMPAD4, javafx.scene.input.KeyCode.NUMPAD5,
                javafx.scene.input.KeyCode.NUMPAD6};
        for (int i = 0; i < order.size(); i++) {
            Toggle t = order.get(i);
            Runnable go = () -> {
                t.setSelected(true);
                ((ToggleButton) t).requestFocus();
            };
            scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(digits[i],
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN), go);
            scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(numpad[i],
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN), go);
        }
    }

    /**
     * On opening a workshop, the screen that fits what it holds: the teams once a plan exists (the
     * organiser comes back to adjust or export them), the participants otherwise.
     */
    private void openFittingScreen(AppContext.Shared read) {
        Workshop w = ctx.workshop();
        if (w == null || openedFor == w.id()) {
            return;
        }
        openedFor = w.id();
        (read.data().plan() != null ? teamsNav : participantsNav).setSelected(true);
    }

    private long openedFor = -1;

    /** Shows a screen by name ("participants", "proposals", "ministries", "teams", "meetups", "trainings"). */
    public void show(String name) {
        Parent view = loaded.computeIfAbsent(name, n -> Views.load(ctx, n).root());
        content.getChildren().setAll(view);
    }

    /** Turns presentation mode on or off (View menu, F5, Ctrl+Shift+P), and remembers it. */
    public void setPresentation(boolean on) {
        if (presentationItem.isSelected() != on) {
            presentationItem.setSelected(on); // the listener comes back here
            return;
        }
        if (content.getScene() != null) {
            Presentation.apply(content.getScene().getRoot(), on);
        }
        var preferences = ctx.services().preferences();
        ctx.tasks().run(() -> {
            preferences.put(Presentation.KEY, Boolean.toString(on));
            return on;
        }, saved -> { });
    }

    public boolean isPresentation() {
        return presentationItem.isSelected();
    }

    /** F5: the teams, full screen, for the room (from any screen). */
    @FXML
    private void onRoomView() {
        if (ctx.workshop() == null) {
            return;
        }
        Parent board = loaded.computeIfAbsent("teams", n -> Views.load(ctx, n).root());
        fr.equipage.ui.board.BoardController.of(board).openRoomView();
    }

    /** F1: every keyboard shortcut on one page. */
    @FXML
    private void onShortcuts() {
        ShortcutsPage.show(ctx);
    }

    @FXML
    private void onUndo() {
        ctx.undo().undo();
    }

    @FXML
    private void onRedo() {
        ctx.undo().redo();
    }

    @FXML
    private void onSettings() {
        SettingsDialog.show(ctx);
    }

    @FXML
    private void onNewWorkshop() {
        workshops.create();
    }

    @FXML
    private void onRenameWorkshop() {
        workshops.rename();
    }

    @FXML
    private void onDuplicateWorkshop() {
        workshops.duplicate();
    }

    @FXML
    private void onDeleteWorkshop() {
        workshops.delete();
    }

    @FXML
    private void onImport() {
        if (ctx.workshop() != null) {
            ImportController.show(ctx);
        }
    }

    @FXML
    private void onExportTeams() {
        ExportActions.teams(ctx);
    }

    @FXML
    private void onExportParticipants() {
        ExportActions.participants(ctx);
    }

    @FXML
    private void onPublishProjects() {
        PublishAction.publish(ctx);
    }

    @FXML
    private void onAbout() {
        fr.equipage.ui.shell.AboutDialog.show(ctx);
    }

    @FXML
    private void onQuit() {
        javafx.application.Platform.exit();
    }

    /** A workshop reads as its name; the open one is marked. */
    private final class WorkshopCell extends ListCell<Workshop> {
        @Override
        protected void updateItem(Workshop w, boolean empty) {
            super.updateItem(w, empty);
            if (empty || w == null) {
                // The button cell shows the prompt when nothing is chosen.
                setText(workshopChooser.getPromptText());
            } else {
                setWrapText(true);
                boolean open = ctx.workshop() != null && ctx.workshop().id() == w.id();
                setText(open ? ctx.i18n().format("nav.workshop.current", w.name()) : w.name());
            }
        }
    }
}
