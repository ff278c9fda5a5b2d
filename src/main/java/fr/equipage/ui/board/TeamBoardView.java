package fr.equipage.ui.board;

import fr.equipage.engine.Evaluation;
import fr.equipage.engine.TeamReport;
import fr.equipage.ui.framework.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

/**
 * The board itself: the team columns and the unassigned column, wrapped over as many rows as the
 * window needs (so that all teams are visible at once on a projector, without sideways scrolling)
 * and sharing the whole width (see {@link ColumnGrid}), so that names have room,
 * with the drag gestures and the selection. It is rebuilt from the model after every change.
 */
final class TeamBoardView extends StackPane {
    private final BoardModel model;
    private final Wording words;
    private final I18n i18n;
    private final ColumnGrid flow = new ColumnGrid(12);
    private final ScrollPane scroll = new ScrollPane(flow);
    private final Pane overlay = new Pane();
    private final DragSupport drag;
    private final List<TeamColumn> columns = new ArrayList<>();
    private final Runnable optimise;
    private final DragSupport.DropHandler dropHandler;
    /** Where the focused card would go on Enter (arrow keys), or null; only for {@link #keyboardPerson}. */
    private TeamColumn keyboardTarget;
    private String keyboardPerson;
    private String selectedPerson;
    private String selectedTeam;
    private Consumer<String> onPersonSelected = p -> { };
    private Consumer<String> onTeamSelected = t -> { };
    private Consumer<PersonCard> onCardMenu = c -> { };

    TeamBoardView(BoardModel model, Wording words, I18n i18n, Runnable optimise, DragSupport.DropHandler dropHandler) {
        this.model = model;
        this.words = words;
        this.i18n = i18n;
        this.optimise = optimise;
        this.dropHandler = dropHandler;
        setId("board");
        flow.setPadding(new Insets(4));
        flow.getStyleClass().add("board-flow");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("board-scroll");
        // The preview label floats over the board and must never catch the mouse.
        overlay.setMouseTransparent(true);
        overlay.setPickOnBounds(false);
        drag = new DragSupport(model, overlay, dropHandler, words::preview);
        getChildren().addAll(scroll, overlay);
        // While dragging near the top or bottom edge the board scrolls, so that any team can be reached.
        scroll.addEventFilter(javafx.scene.input.MouseEvent.MOUSE_DRAGGED, e -> {
            if (drag.dragged() == null) {
                return;
            }
            double y = scroll.sceneToLocal(e.getSceneX(), e.getSceneY()).getY();
            double h = scroll.getHeight();
            double step = 0.02;
            if (y < 40) {
                scroll.setVvalue(Math.max(0, scroll.getVvalue() - step));
            } else if (y > h - 40) {
                scroll.setVvalue(Math.min(1, scroll.getVvalue() + step));
            }
        });
    }

    void onPersonSelected(Consumer<String> c) {
        onPersonSelected = c;
    }

    void onTeamSelected(Consumer<String> c) {
        onTeamSelected = c;
    }

    void onCardMenu(Consumer<PersonCard> c) {
        onCardMenu = c;
    }

    /** Re-draws every column from the model, keeping the selection. */
    void refresh() {
        String focused = focusedPerson();
        keyboardTarget = null;
        keyboardPerson = null;
        drag.clearKeyboardTarget();
        columns.clear();
        Evaluation ev = model.evaluation();
        if (ev != null) {
            for (TeamReport team : ev.teams()) {
                columns.add(TeamColumn.of(team, team.violations(), model, words, i18n));
            }
        }
        List<String> unassigned = model.unassigned();
        if (ev == null || !unassigned.isEmpty()) {
            columns.add(TeamColumn.unassigned(unassigned, model, words, i18n));
        }
        for (TeamColumn col : columns) {
            drag.installTarget(col);
            col.header().setOnMouseClicked(e -> selectTeam(col.team()));
            for (PersonCard card : col.cards()) {
                drag.installCard(card);
                card.setOnMouseClicked(e -> {
                    if (e.getButton() == javafx.scene.input.MouseButton.PRIMARY && e.isStillSincePress()) {
                        selectPerson(card.person());
                    } else if (e.getButton() == javafx.scene.input.MouseButton.SECONDARY) {
                        // Some platforms (and headless tests) send no context-menu request: a right click opens it too.
                        selectPerson(card.person());
                        onCardMenu.accept(card);
                    }
                });
                card.setOnContextMenuRequested(e -> {
                    selectPerson(card.person());
                    onCardMenu.accept(card);
                    e.consume();
                });
                card.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> onCardKey(card, col, e));
            }
        }
        flow.getChildren().setAll(columns);
        if (ev == null) {
            // Before the first optimisation: say what to do, then everyone as one wide column.
            TeamColumn all = columns.get(0);
            all.spreadCards(scroll.widthProperty().subtract(40));
            ColumnGrid.fullRow(all);
            javafx.scene.Node empty = emptyState();
            ColumnGrid.fullRow(empty);
            flow.getChildren().add(0, empty);
        }
        highlight();
        if (focused != null) {
            // The board is rebuilt after each edit: the keyboard stays on the same person.
            cardOf(focused).ifPresent(javafx.scene.Node::requestFocus);
        }
    }

    private String focusedPerson() {
        var owner = getScene() == null ? null : getScene().getFocusOwner();
        return owner instanceof PersonCard card && columns.stream().anyMatch(c -> c.cards().contains(card))
                ? card.person() : null;
    }

    private java.util.Optional<PersonCard> cardOf(String person) {
        return columns.stream().flatMap(c -> c.cards().stream()).filter(c -> c.person().equals(person)).findFirst();
    }

    /**
     * A focused card without a mouse: Shift+F10 or the Menu key opens its menu; Left and Right choose
     * the team to move the person to, with the same preview as a drag, Enter moves, Esc gives up; Up
     * and Down go to the neighbouring card; Enter alone explains where the person is.
     */
    private void onCardKey(PersonCard card, TeamColumn col, javafx.scene.input.KeyEvent e) {
        switch (e.getCode()) {
            case CONTEXT_MENU -> {
                selectPerson(card.person());
                onCardMenu.accept(card);
            }
            case F10 -> {
                if (!e.isShiftDown()) {
                    return;
                }
                selectPerson(card.person());
                onCardMenu.accept(card);
            }
            case LEFT, RIGHT -> {
                if (!model.hasPlan()) {
                    return;
                }
                aim(card.person(), col, e.getCode() == javafx.scene.input.KeyCode.RIGHT ? 1 : -1);
            }
            case ENTER -> {
                if (keyboardTarget != null && card.person().equals(keyboardPerson)) {
                    String team = keyboardTarget.team();
                    drag.clearKeyboardTarget();
                    keyboardTarget = null;
                    dropHandler.move(card.person(), team);
                } else {
                    selectPerson(card.person());
                }
            }
            case ESCAPE -> {
                if (keyboardTarget == null) {
                    return;
                }
                drag.clearKeyboardTarget();
                keyboardTarget = null;
            }
            case UP, DOWN -> {
                List<PersonCard> cards = col.cards();
                int i = cards.indexOf(card) + (e.getCode() == javafx.scene.input.KeyCode.DOWN ? 1 : -1);
                if (i < 0 || i >= cards.size()) {
                    return;
                }
                cards.get(i).requestFocus();
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Steps the keyboard move's target to the next (or previous) column, skipping the person's own. */
    private void aim(String person, TeamColumn own, int step) {
        List<TeamColumn> targets = columns.stream().filter(c -> c != own).toList();
        if (targets.isEmpty()) {
            return;
        }
        int current = person.equals(keyboardPerson) && keyboardTarget != null ? targets.indexOf(keyboardTarget) : -1;
        int own0 = columns.indexOf(own);
        // First press: the neighbouring column on that side, as the eye expects.
        int next = current < 0 ? Math.floorMod(step > 0 ? own0 : own0 - 1, targets.size())
                : Math.floorMod(current + step, targets.size());
        keyboardPerson = person;
        keyboardTarget = targets.get(next);
        drag.showKeyboardTarget(person, keyboardTarget);
    }

    /** The first thing a new organiser sees: what the button does, and the button. */
    private javafx.scene.Node emptyState() {
        int people = model.instance().participants().size();
        int proposals = model.instance().proposals().size();
        if (people == 0 || proposals == 0) {
            // Nothing to share out yet: say where the data comes from, not "0 participants ont choisi…".
            javafx.scene.control.Label title = new javafx.scene.control.Label(i18n.get("board.empty.noData.title"));
            title.getStyleClass().add("title-3");
            javafx.scene.control.Label text = new javafx.scene.control.Label(
                    i18n.format("board.empty.noData.text", people, proposals));
            text.setWrapText(true);
            javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(10, title, text);
            box.setId("emptyNoData");
            box.getStyleClass().add("board-empty");
            box.prefWidthProperty().bind(scroll.widthProperty().subtract(40));
            return box;
        }
        javafx.scene.control.Label title = new javafx.scene.control.Label(i18n.get("board.empty.title"));
        title.getStyleClass().add("title-3");
        javafx.scene.control.Label text = new javafx.scene.control.Label(
                i18n.format("board.empty.text", model.instance().participants().size(),
                        model.instance().proposals().size(), model.settings().maxTeams()));
        text.setWrapText(true);
        javafx.scene.control.Button go = new javafx.scene.control.Button(i18n.get("board.optimise"));
        go.setId("emptyOptimise");
        go.getStyleClass().addAll("accent", "large");
        go.setOnAction(e -> optimise.run());
        javafx.scene.layout.VBox box = new javafx.scene.layout.VBox(10, title, text, go);
        box.getStyleClass().add("board-empty");
        box.prefWidthProperty().bind(scroll.widthProperty().subtract(40));
        return box;
    }

    void selectPerson(String person) {
        selectedPerson = person;
        selectedTeam = null;
        highlight();
        onPersonSelected.accept(person);
    }

    void selectTeam(String team) {
        if (team == null) {
            return;
        }
        selectedTeam = team;
        selectedPerson = null;
        highlight();
        onTeamSelected.accept(team);
    }

    void clearSelection() {
        selectedPerson = null;
        selectedTeam = null;
        highlight();
    }

    String selectedPerson() {
        return selectedPerson;
    }

    String selectedTeam() {
        return selectedTeam;
    }

    private void highlight() {
        for (TeamColumn col : columns) {
            col.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"),
                    col.team() != null && col.team().equals(selectedTeam));
            for (PersonCard card : col.cards()) {
                card.setSelected(card.person().equals(selectedPerson));
            }
        }
    }

    List<TeamColumn> columns() {
        return columns;
    }

    DragSupport drag() {
        return drag;
    }
}
