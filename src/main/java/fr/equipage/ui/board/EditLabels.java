package fr.equipage.ui.board;

import fr.equipage.ui.framework.I18n;

/** The names of board edits, as the Edit menu shows them after "Annuler : ". */
public final class EditLabels {
    private final I18n i18n;

    public EditLabels(I18n i18n) {
        this.i18n = i18n;
    }

    String move(String person, String team) {
        return i18n.format("board.edit.move", person, team);
    }

    String unassign(String person) {
        return i18n.format("board.edit.unassign", person);
    }

    String swap(String a, String b) {
        return i18n.format("board.edit.swap", a, b);
    }

    String pin(String person, String team) {
        return i18n.format("board.edit.pin", person, team);
    }

    String unpin(String person) {
        return i18n.format("board.edit.unpin", person);
    }

    String apart(String a, String b) {
        return i18n.format("board.edit.apart", a, b);
    }

    String removeApart(String a, String b) {
        return i18n.format("board.edit.removeApart", a, b);
    }

    String together(String a, String b) {
        return i18n.format("board.edit.together", a, b);
    }

    String removeTogether(String a, String b) {
        return i18n.format("board.edit.removeTogether", a, b);
    }

    String optimise() {
        return i18n.get("board.edit.optimise");
    }

    String setting(String what, String value) {
        return i18n.format("board.edit.setting", what, value);
    }

    String resetSettings() {
        return i18n.get("board.edit.resetSettings");
    }

    String useScenario(String name) {
        return i18n.format("board.edit.useScenario", name);
    }
}
