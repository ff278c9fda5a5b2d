package fr.equipage.ui.board;

import fr.equipage.model.Participant;
import fr.equipage.ui.framework.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One person on the board: ministry badge, name, the rank of the choice obtained, and markers for
 * proposers and pinned people. Its id is "card-" + participant id (tests and drag targets use it).
 */
final class PersonCard extends HBox {
    static final String STYLE = "person-card";
    private final String person;

    PersonCard(BoardModel model, Wording words, I18n i18n, String person) {
        this.person = person;
        Participant p = model.participant(person);
        setId("card-" + person);
        getStyleClass().add(STYLE);
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(5);
        getProperties().put(PersonCard.class, person);
        // Reachable with Tab: Shift+F10 or the Menu key then opens its menu, arrows move the person.
        setFocusTraversable(true);
        setAccessibleText(p.name());

        Label ministry = new Label(p.ministry() == null ? "?" : p.ministry());
        ministry.getStyleClass().add("ministry-badge");
        ministry.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new fr.equipage.ui.controls.WordLabel(p.name());
        name.getStyleClass().add("person-name");
        name.setMaxWidth(Double.MAX_VALUE);
        // The full name, on two lines if the column is too narrow: never "Inès Bou…" before the room,
        // and never a name cut mid-word (the column widens to the longest word instead).
        HBox.setHgrow(name, Priority.ALWAYS);
        getChildren().addAll(ministry, name);

        if (model.isProposerOfOwnTeam(person)) {
            getChildren().add(badge(i18n.get("board.card.proposer"), "proposer-badge"));
        } else if (model.teamOf(person) != null) {
            int rank = model.rankObtained(person);
            getChildren().add(badge(words.rankShort(rank), rank < 0 ? "rank-badge-none" : "rank-badge-" + Math.min(rank + 1, 4)));
        }
        if (model.pinOf(person) != null) {
            getChildren().add(badge(i18n.get("board.card.pinned"), "pin-badge"));
        }
        Tooltip.install(this, new Tooltip(tooltip(model, words, i18n, p)));
    }

    private static Label badge(String text, String style) {
        Label l = new Label(text);
        l.getStyleClass().addAll("badge", style);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static String tooltip(BoardModel model, Wording words, I18n i18n, Participant p) {
        StringBuilder sb = new StringBuilder(p.name());
        var m = model.instance().ministries().stream().filter(x -> x.code().equals(p.ministry())).findFirst();
        m.ifPresent(x -> sb.append("\n").append(x.name()));
        if (!p.choices().isEmpty()) {
            sb.append("\n").append(i18n.get("board.card.choices"));
            for (int r = 0; r < p.choices().size(); r++) {
                sb.append("\n  ").append(r + 1).append(". ").append(model.title(p.choices().get(r)));
            }
        }
        return sb.toString();
    }

    String person() {
        return person;
    }

    void setSelected(boolean selected) {
        pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("selected"), selected);
    }
}
