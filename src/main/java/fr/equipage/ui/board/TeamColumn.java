package fr.equipage.ui.board;

import fr.equipage.engine.TeamReport;
import fr.equipage.model.Proposal;
import fr.equipage.model.ScoreParts;
import fr.equipage.model.Violation;
import fr.equipage.ui.framework.I18n;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * One retained team: a header (title, carrying ministry, size against min–max, ministries, skills,
 * points, and in red the rules it breaks) above its members' cards. The unassigned people get a
 * column of the same shape with {@code team == null}. Its id is "team-" + proposal id, or
 * "team-unassigned".
 */
final class TeamColumn extends VBox {
    static final String UNASSIGNED_ID = "team-unassigned";
    private final String team;
    private final VBox header = new VBox(2);
    private final VBox cards = new VBox(4);

    private TeamColumn(String team) {
        this.team = team;
        getStyleClass().add("team-column");
        header.getStyleClass().add("team-header");
        cards.getStyleClass().add("team-cards");
        setSpacing(6);
        getChildren().addAll(header, cards);
    }

    static TeamColumn of(TeamReport report, List<Violation> broken, BoardModel model, Wording words, I18n i18n) {
        TeamColumn col = new TeamColumn(report.proposal());
        col.setId("team-" + report.proposal());
        Proposal proposal = model.proposal(report.proposal());
        Label title = label(model.title(report.proposal()), "team-title");
        title.setWrapText(true);
        col.header.getChildren().add(title);
        // Compact on purpose: four columns must fit side by side on a laptop projected to the room.
        col.header.getChildren().add(label(proposal.ministry() == null
                ? i18n.format("board.team.sizeOnly", report.size(), report.minSize(), report.maxSize())
                : i18n.format("board.team.carriedAndSize", proposal.ministry(), report.size(), report.minSize(),
                        report.maxSize()), "team-line"));
        col.header.getChildren().add(label(i18n.format("board.team.ministries", report.ministries().size(),
                ministries(report.ministries())), "team-line-muted"));
        if (!report.skillsCovered().isEmpty()) {
            col.header.getChildren().add(label(i18n.format("board.team.skills",
                    String.join(", ", report.skillsCovered())), "team-line-muted"));
        }
        if (!report.skillsMissing().isEmpty()) {
            col.header.getChildren().add(label(i18n.format("board.team.skillsMissing",
                    String.join(", ", report.skillsMissing())), "team-line-missing"));
        }
        Label total = label(i18n.format("board.team.total", report.parts().total()), "team-points");
        ScoreParts p = report.parts();
        col.header.getChildren().addAll(total, label(i18n.format("board.team.parts", p.choice(), p.skillCovered(),
                p.extraMinistry(), p.together()), "team-parts"));
        if (!broken.isEmpty()) {
            col.header.getStyleClass().add("broken");
            for (Violation v : broken) {
                Label rule = label("\u26A0 " + words.violation(v), "team-violation");
                rule.setWrapText(true);
                col.header.getChildren().add(rule);
            }
        }
        for (String member : report.members()) {
            col.cards.getChildren().add(new PersonCard(model, words, i18n, member));
        }
        return col;
    }

    static TeamColumn unassigned(List<String> people, BoardModel model, Wording words, I18n i18n) {
        TeamColumn col = new TeamColumn(null);
        col.setId(UNASSIGNED_ID);
        col.getStyleClass().add("unassigned-column");
        col.header.getChildren().add(label(i18n.get("board.unassigned.title"), "team-title"));
        col.header.getChildren().add(label(i18n.format("board.unassigned.count", people.size()), "team-line"));
        for (String p : people) {
            col.cards.getChildren().add(new PersonCard(model, words, i18n, p));
        }
        return col;
    }

    private static String ministries(Map<String, Integer> counts) {
        return counts.entrySet().stream()
                .map(e -> e.getValue() > 1 ? e.getKey() + " \u00D7" + e.getValue() : e.getKey())
                .collect(Collectors.joining(", "));
    }

    static String points(I18n i18n, ScoreParts p) {
        return i18n.format("board.team.points", p.total(), p.choice(), p.skillCovered(), p.extraMinistry(), p.together());
    }

    private static Label label(String text, String style) {
        Label l = new fr.equipage.ui.controls.WordLabel(text);
        l.getStyleClass().add(style);
        l.setWrapText(true);
        return l;
    }

    /** Lays the cards out side by side over {@code width} (everyone unassigned before the first plan). */
    void spreadCards(javafx.beans.value.ObservableNumberValue width) {
        javafx.scene.layout.FlowPane tiles = new javafx.scene.layout.FlowPane(6, 6);
        for (javafx.scene.Node card : List.copyOf(cards.getChildren())) {
            ((PersonCard) card).setPrefWidth(236);
            tiles.getChildren().add(card);
        }
        getStyleClass().add("unassigned-wide");
        prefWidthProperty().bind(width);
        maxWidthProperty().bind(width);
        tiles.prefWrapLengthProperty().bind(width);
        cards.getChildren().setAll(tiles);
        spread = tiles;
    }

    private javafx.scene.layout.FlowPane spread;

    /** The narrowest this column can be without cutting a word of a title or a name. */
    double contentMinWidth() {
        return computeMinWidth(-1);
    }

    /** The proposal id, or null for the unassigned column. */
    String team() {
        return team;
    }

    VBox header() {
        return header;
    }

    List<PersonCard> cards() {
        var nodes = spread != null ? spread.getChildren() : cards.getChildren();
        return nodes.stream().map(PersonCard.class::cast).toList();
    }
}
