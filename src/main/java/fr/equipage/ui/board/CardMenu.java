package fr.equipage.ui.board;

import fr.equipage.ui.framework.I18n;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The right-click menu of a card: pin or unpin, move to a team (the keyboard-friendly twin of a
 * drag), keep apart from someone, put together with someone, and undo those pairs.
 */
final class CardMenu {
    /** Saves an edit; {@code othersCare} when other screens show what it changed. */
    interface Commit {
        void commit(Optional<BoardChange> change, boolean othersCare);
    }

    private final BoardModel model;
    private final I18n i18n;
    private final Commit commit;
    private ContextMenu open;

    CardMenu(BoardModel model, I18n i18n, Commit commit) {
        this.model = model;
        this.i18n = i18n;
        this.commit = commit;
    }

    ContextMenu build(String person) {
        ContextMenu menu = new ContextMenu();
        String team = model.teamOf(person);
        if (model.pinOf(person) != null) {
            menu.getItems().add(item("board.menu.unpin", () -> commit.commit(model.unpin(person), true), "menuUnpin"));
        } else if (team != null) {
            menu.getItems().add(item(i18n.format("board.menu.pin", model.title(team)),
                    () -> commit.commit(model.pin(person), true), "menuPin", true));
        }
        if (model.hasPlan()) {
            Menu moveTo = new Menu(i18n.get("board.menu.moveTo"));
            moveTo.setId("menuMoveTo");
            for (var t : model.evaluation().teams()) {
                if (!t.proposal().equals(team)) {
                    moveTo.getItems().add(item(moveLabel(person, t.proposal()),
                            () -> commit.commit(model.move(person, t.proposal()), false), "moveTo-" + t.proposal(), true));
                }
            }
            if (team != null) {
                moveTo.getItems().add(item("board.menu.moveToUnassigned", () -> commit.commit(model.move(person, null), false),
                        "moveTo-unassigned"));
            }
            menu.getItems().add(moveTo);
        }
        menu.getItems().add(new SeparatorMenuItem());
        menu.getItems().add(item("board.menu.apart", () -> pick(person, "board.menu.apart.header")
                .ifPresent(other -> commit.commit(model.keepApart(person, other), true)), "menuApart"));
        menu.getItems().add(item("board.menu.together", () -> pick(person, "board.menu.together.header")
                .ifPresent(other -> commit.commit(model.together(person, other), true)), "menuTogether"));
        for (String other : model.apartFrom(person)) {
            menu.getItems().add(item(i18n.format("board.menu.removeApart", model.name(other)),
                    () -> commit.commit(model.removeApart(person, other), true), null, true));
        }
        for (String other : model.togetherWith(person)) {
            menu.getItems().add(item(i18n.format("board.menu.removeTogether", model.name(other)),
                    () -> commit.commit(model.removeTogether(person, other), true), null, true));
        }
        return menu;
    }

    /** "Cartiflette (+3 points)", or with the rule the move would break: the drag's preview, in the menu. */
    private String moveLabel(String person, String team) {
        MovePreview p = model.previewMove(person, team);
        String points = Wording.signed(p.scoreDelta());
        return p.broken().isEmpty() ? i18n.format("board.menu.moveTo.item", model.title(team), points)
                : i18n.format("board.menu.moveTo.itemBreaks", model.title(team), points,
                        i18n.get("board.rule." + p.broken().get(0).rule() + ".short"));
    }

    void show(PersonCard card) {
        if (open != null && open.isShowing()) {
            if (open.getOwnerNode() == card) {
                return; // already open for this card (request on press, then click on release)
            }
            open.hide();
        }
        open = build(card.person());
        var b = card.localToScreen(card.getBoundsInLocal());
        open.show(card, b.getMinX() + 20, b.getMaxY());
    }

    /** Asks which other person; the list is sorted by name. */
    private Optional<String> pick(String person, String headerKey) {
        List<Person> others = model.instance().participants().stream().filter(p -> !p.id().equals(person))
                .map(p -> new Person(p.id(), p.name() + (p.ministry() == null ? "" : " (" + p.ministry() + ")")))
                .sorted(Comparator.comparing(Person::label, String.CASE_INSENSITIVE_ORDER)).toList();
        if (others.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<Person> dialog = new ChoiceDialog<>(others.get(0), others);
        dialog.setTitle(i18n.get("teams.title"));
        dialog.setHeaderText(i18n.format(headerKey, model.name(person)));
        dialog.setContentText(i18n.get("board.menu.person"));
        return dialog.showAndWait().map(Person::id);
    }

    private record Person(String id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private MenuItem item(String key, Runnable action, String id) {
        return item(i18n.get(key), action, id, true);
    }

    private static MenuItem item(String text, Runnable action, String id, boolean literal) {
        MenuItem item = new MenuItem(text);
        item.setMnemonicParsing(false);
        item.setOnAction(e -> action.run());
        if (id != null) {
            item.setId(id);
        }
        return item;
    }
}
