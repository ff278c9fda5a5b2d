package fr.equipage.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;

/** The window frame: menu, navigation between screens, and the content area. */
public class MainController {
    private final AppContext ctx;
    private final Map<Toggle, String> screenOf = new LinkedHashMap<>();
    private final Map<String, Parent> loaded = new LinkedHashMap<>();

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
    private StackPane content;
    @FXML
    private MenuItem undoItem;
    @FXML
    private MenuItem redoItem;

    public MainController(AppContext ctx) {
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        screenOf.put(participantsNav, "participants");
        screenOf.put(proposalsNav, "proposals");
        screenOf.put(ministriesNav, "ministries");
        screenOf.put(teamsNav, "teams");
        navigation.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // one screen is always shown
            } else {
                show(screenOf.get(now));
            }
        });
        participantsNav.setSelected(true);
        I18n i18n = ctx.i18n();
        UndoManager undo = ctx.undo();
        undoItem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> undo.undoLabelProperty().get().isEmpty() ? i18n.get("menu.undo")
                        : i18n.format("menu.undo.named", undo.undoLabelProperty().get()), undo.undoLabelProperty()));
        redoItem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> undo.redoLabelProperty().get().isEmpty() ? i18n.get("menu.redo")
                        : i18n.format("menu.redo.named", undo.redoLabelProperty().get()), undo.redoLabelProperty()));
        undoItem.disableProperty().bind(undo.undoLabelProperty().isEmpty());
        redoItem.disableProperty().bind(undo.redoLabelProperty().isEmpty());
    }

    /** Shows a screen by name ("participants", "proposals", "ministries", "teams"). */
    public void show(String name) {
        Parent view = loaded.computeIfAbsent(name, n -> Views.load(ctx, n).root());
        content.getChildren().setAll(view);
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
    private void onQuit() {
        javafx.application.Platform.exit();
    }
}
