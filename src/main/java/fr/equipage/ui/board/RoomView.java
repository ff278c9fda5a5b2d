package fr.equipage.ui.board;

import fr.equipage.engine.TeamReport;
import fr.equipage.ui.controls.WordLabel;
import fr.equipage.ui.framework.I18n;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;

/**
 * The room view (F5): the teams alone, full screen, for the projector. No menu, no toolbar: the
 * workshop's name, the score and "prouvé" line, then every team at once in columns sized by
 * {@link RoomLayout} so that the largest readable font fits. It follows the board while open
 * (a move made on the laptop shows at once) and Esc leaves it.
 */
final class RoomView {
    private final BoardModel model;
    private final I18n i18n;
    private final Wording words;
    private final String workshop;
    private final Stage stage = new Stage(StageStyle.UNDECORATED);
    private final BorderPane root = new BorderPane();
    private final Runnable listener = this::rebuild;

    private RoomView(BoardModel model, I18n i18n, Wording words, String workshop) {
        this.model = model;
        this.i18n = i18n;
        this.words = words;
        this.workshop = workshop;
    }

    /** Opens the room view over the screen of {@code owner}; returns it (tests close it). */
    static RoomView open(BoardModel model, I18n i18n, Wording words, String workshop, Window owner) {
        RoomView view = new RoomView(model, i18n, words, workshop);
        view.show(owner);
        return view;
    }

    private void show(Window owner) {
        root.getStyleClass().add("room-view");
        root.setId("roomView");
        Rectangle2D bounds = screenOf(owner).getBounds();
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F5) {
                close();
                e.consume();
            }
        });
        stage.initOwner(owner);
        stage.setTitle(i18n.get("room.title"));
        stage.setScene(scene);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setFullScreenExitHint(i18n.get("room.exitHint"));
        stage.setFullScreen(true);
        stage.setOnHidden(e -> model.removeListener(listener));
        model.addListener(listener);
        rebuild();
        stage.show();
        root.widthProperty().addListener((o, a, b) -> rebuild());
        root.heightProperty().addListener((o, a, b) -> rebuild());
    }

    private static Screen screenOf(Window owner) {
        if (owner == null) {
            return Screen.getPrimary();
        }
        var screens = Screen.getScreensForRectangle(owner.getX(), owner.getY(), owner.getWidth(), owner.getHeight());
        return screens.isEmpty() ? Screen.getPrimary() : screens.get(0);
    }

    void close() {
        stage.close();
    }

    Stage stage() {
        return stage;
    }

    /** A block per team (and one for the unassigned), in a grid that fits the whole screen. */
    private void rebuild() {
        if (!stage.isShowing() && root.getScene() == null) {
            return;
        }
        double width = root.getWidth() > 0 ? root.getWidth() : root.getScene().getWidth();
        double height = root.getHeight() > 0 ? root.getHeight() : root.getScene().getHeight();
        BoardSummary summary = BoardSummary.of(model, i18n, words);
        Label title = new Label(i18n.format("room.heading", workshop));
        title.getStyleClass().add("room-title");
        Label score = new Label(summary.score());
        score.getStyleClass().add("room-score");
        Label status = new Label(summary.feasibility());
        status.getStyleClass().addAll("room-status", summary.status() == BoardSummary.Status.BROKEN ? "broken" : "ok");
        status.setWrapText(true);
        VBox header = new VBox(4, title, score, status);
        header.setPadding(new Insets(16, 24, 8, 24));
        root.setTop(header);

        List<Block> blocks = blocks();
        if (blocks.isEmpty()) {
            Label none = new Label(i18n.get("room.noPlan"));
            none.getStyleClass().add("room-empty");
            root.setCenter(none);
            return;
        }
        double headerHeight = Math.max(140, height * 0.14);
        // The widest member line, or a title's longest word (bold, 1.15× larger), measured in the font
        // used: a title word is never cut, so the columns must leave room for it.
        double widest = 0;
        for (Block b : blocks) {
            for (String line : b.lines()) {
                widest = Math.max(widest, em(line, false));
            }
            for (String word : WordLabel.Words.of(b.title())) {
                widest = Math.max(widest, 1.15 * em(word, true));
            }
        }
        RoomLayout layout = RoomLayout.fit(width - 48, height - headerHeight - 24,
                blocks.stream().map(b -> b.lines().size()).toList(), widest);
        GridPane grid = new GridPane();
        grid.setHgap(RoomLayout.GAP);
        grid.setVgap(RoomLayout.GAP);
        grid.setPadding(new Insets(0, 24, 24, 24));
        for (int c = 0; c < layout.columns(); c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / layout.columns());
            grid.getColumnConstraints().add(cc);
        }
        for (int r = 0; r < layout.rows(); r++) {
            RowConstraints rc = new RowConstraints();
            rc.setVgrow(Priority.ALWAYS);
            rc.setFillHeight(true);
            grid.getRowConstraints().add(rc);
        }
        for (int i = 0; i < blocks.size(); i++) {
            grid.add(block(blocks.get(i), layout.fontSize()), i % layout.columns(), i / layout.columns());
        }
        root.setCenter(grid);
    }

    /** Width of a text in em (as a multiple of the font size), measured at 100 px in the system font. */
    private static double em(String text, boolean bold) {
        javafx.scene.text.Text probe = new javafx.scene.text.Text(text);
        probe.setFont(javafx.scene.text.Font.font(javafx.scene.text.Font.getDefault().getFamily(),
                bold ? javafx.scene.text.FontWeight.BOLD : javafx.scene.text.FontWeight.NORMAL, 100));
        return probe.getLayoutBounds().getWidth() / 100 * 1.04;
    }

    private record Block(String title, List<String> lines, boolean unassigned) {
    }

    private List<Block> blocks() {
        List<Block> out = new ArrayList<>();
        if (model.evaluation() == null) {
            return out;
        }
        for (TeamReport t : model.evaluation().teams()) {
            out.add(new Block(model.title(t.proposal()), t.members().stream().map(this::line).toList(), false));
        }
        if (!model.unassigned().isEmpty()) {
            out.add(new Block(i18n.get("board.unassigned.title"), model.unassigned().stream().map(this::line).toList(),
                    true));
        }
        return out;
    }

    private String line(String person) {
        var p = model.participant(person);
        return p.ministry() == null ? p.name() : i18n.format("room.member", p.name(), p.ministry());
    }

    private static VBox block(Block b, double font) {
        Label title = new WordLabel(b.title());
        title.getStyleClass().add("room-team-title");
        title.setStyle("-fx-font-size: " + Math.round(font * 1.15) + "px;");
        VBox box = new VBox(font * 0.3, title);
        for (String line : b.lines()) {
            Label l = new WordLabel(line);
            l.getStyleClass().add("room-member");
            l.setStyle("-fx-font-size: " + Math.round(font) + "px;");
            box.getChildren().add(l);
        }
        box.getStyleClass().addAll("room-team", b.unassigned() ? "room-unassigned" : "room-retained");
        box.setMaxHeight(Double.MAX_VALUE);
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }
}
