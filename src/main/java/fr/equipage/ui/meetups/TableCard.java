package fr.equipage.ui.meetups;

import fr.equipage.model.MeetupPerson;
import fr.equipage.model.Message;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One table of a round: its number and score, its members (name and ministry), in red what is
 * wrong (two people who already met, an apart pair), and what they could talk about. Members are
 * cards that can be dragged onto another table's member to swap them, or picked with the keyboard.
 */
final class TableCard extends VBox {
    static final PseudoClass WARNED = PseudoClass.getPseudoClass("warned");
    static final int MAX_WARNINGS = 3;

    TableCard(MeetupsModel model, MeetupTexts texts, int round, GroupView group, SwapGesture gesture) {
        super(6);
        getStyleClass().addAll("team-column", "meetup-table");
        setId("table-" + round + "-" + (group.index() + 1));
        Label title = new Label(texts.table(group));
        title.getStyleClass().add("team-title");
        title.setWrapText(true);
        getChildren().add(title);
        for (MeetupPerson p : group.members()) {
            HBox card = member(model, p);
            if (!model.isPresent(round, p.id())) {
                Label absent = new Label(texts.absent());
                absent.getStyleClass().addAll("badge", "absent-badge");
                absent.setMinWidth(Region.USE_PREF_SIZE);
                card.getChildren().add(absent);
                card.getStyleClass().add("absent");
            }
            boolean warned = group.warnings().stream().anyMatch(w -> w.involves(p.id()));
            card.pseudoClassStateChanged(WARNED, warned);
            gesture.install(card, round, p.id());
            getChildren().add(card);
        }
        // A few sentences, then a count: a table of fourteen people who all met before must stay readable.
        int shown = Math.min(group.warnings().size(), MAX_WARNINGS);
        for (PairWarning w : group.warnings().subList(0, shown)) {
            getChildren().add(violation("⚠ " + texts.warning(w)));
        }
        if (group.warnings().size() > shown) {
            getChildren().add(violation(texts.moreWarnings(group.warnings().size() - shown)));
        }
        if (!group.warnings().isEmpty()) {
            pseudoClassStateChanged(WARNED, true);
        }
        for (Message m : group.starters()) {
            Label l = new Label("• " + texts.starter(m));
            l.setWrapText(true);
            l.getStyleClass().add("meetup-starter");
            getChildren().add(l);
        }
    }

    private static Label violation(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("team-violation");
        return l;
    }

    /** A member as a card: ministry code, name, ministry in full below. Its id is "member-" + person id. */
    private static HBox member(MeetupsModel model, MeetupPerson p) {
        HBox card = new HBox(6);
        card.setId("member-" + p.id());
        card.getStyleClass().addAll("person-card", "meetup-member");
        card.setAlignment(Pos.CENTER_LEFT);
        card.setFocusTraversable(true);
        String ministry = model.ministryName(p.ministry());
        card.setAccessibleText(p.name() + ", " + ministry);
        Label badge = new Label(p.ministry());
        badge.getStyleClass().add("ministry-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Label name = new Label(p.name());
        name.getStyleClass().add("person-name");
        Label where = new Label(ministry);
        where.getStyleClass().addAll("muted", "text-small");
        VBox lines = new VBox(0, name, where);
        lines.setMinWidth(0);
        HBox.setHgrow(lines, Priority.ALWAYS);
        card.getChildren().addAll(badge, lines);
        Tooltip.install(card, new Tooltip(p.name() + "\n" + ministry));
        return card;
    }
}
