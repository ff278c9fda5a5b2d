package fr.equipage.ui.board;

import fr.equipage.engine.Alternative;
import fr.equipage.engine.Hold;
import fr.equipage.engine.ParticipantExplanation;
import fr.equipage.engine.TeamReport;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.model.ScoreParts;
import fr.equipage.model.Violation;
import fr.equipage.ui.framework.I18n;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * "Why is this person here?" in plain words: the choice they got and what it is worth, their
 * choices, the rules that hold them in their team, and what every other team they could join
 * would give or break. For a team: what it adds to the score, part by part. This is the
 * explanation owed to people placed by an algorithm.
 */
final class ExplainPanel extends VBox {
    private final BoardModel model;
    private final Wording words;
    private final I18n i18n;
    private final javafx.scene.control.Button close = new javafx.scene.control.Button("\u00D7");

    ExplainPanel(BoardModel model, Wording words, I18n i18n) {
        super(6);
        this.model = model;
        this.words = words;
        this.i18n = i18n;
        setId("explain");
        getStyleClass().add("explain-panel");
        close.getStyleClass().addAll("flat", "explain-close");
        close.setId("explainClose");
        close.setTooltip(new javafx.scene.control.Tooltip(i18n.get("board.explain.close")));
        showHint();
    }

    void onClose(Runnable r) {
        close.setOnAction(e -> r.run());
    }

    void showHint() {
        getChildren().setAll(title(i18n.get("board.explain.title")), text(i18n.get("board.explain.hint")));
    }

    void showPerson(String id) {
        Participant p = model.participant(id);
        if (p == null) {
            showHint();
            return;
        }
        getChildren().setAll(title(p.name()));
        model.instance().ministries().stream().filter(m -> m.code().equals(p.ministry())).findFirst()
                .map(Ministry::name).ifPresent(n -> add(text(n + " (" + p.ministry() + ")"), "muted"));
        ParticipantExplanation ex = model.explain(id);
        String team = model.teamOf(id);
        if (ex == null) {
            add(text(i18n.get("board.explain.noPlan")), null);
        } else if (team == null) {
            add(text(i18n.format("board.explain.unassigned", model.settings().weights().unassigned())), "explain-where");
            add(heading(i18n.get("board.advice.title")), null);
            for (UnassignedAdvice a : UnassignedAdvice.of(model, id, ex)) {
                add(text("• " + i18n.format(a.key(), a.args().toArray())), "explain-advice");
            }
        } else if (model.isProposerOfOwnTeam(id)) {
            add(text(i18n.format("board.explain.proposer", model.title(team), ex.choiceScore())), "explain-where");
        } else if (ex.rank() >= 0) {
            add(text(i18n.format("board.explain.rank", model.title(team), words.rank(ex.rank()), ex.choiceScore())),
                    "explain-where");
        } else {
            add(text(i18n.format("board.explain.outside", model.title(team))), "explain-where");
        }

        add(heading(i18n.get("board.explain.choices")), null);
        if (p.choices().isEmpty()) {
            add(text(i18n.get("board.explain.noChoices")), "muted");
        }
        for (int r = 0; r < p.choices().size(); r++) {
            String c = p.choices().get(r);
            String status = c.equals(team) ? i18n.get("board.explain.choice.here")
                    : isRetained(c) ? "" : i18n.get("board.explain.choice.notRetained");
            add(text((r + 1) + ". " + model.title(c) + status), c.equals(team) ? "explain-here" : null);
        }

        if (ex != null && team != null) {
            add(heading(i18n.get("board.explain.holds")), null);
            if (ex.holds().isEmpty()) {
                add(text(i18n.get("board.explain.noHold")), "muted");
            }
            for (Hold h : ex.holds()) {
                add(text("• " + words.hold(h)), null);
            }
        }
        List<String> apart = model.apartFrom(id);
        if (!apart.isEmpty()) {
            add(text(i18n.format("board.explain.apart", names(apart))), null);
        }
        List<String> together = model.togetherWith(id);
        if (!together.isEmpty()) {
            add(text(i18n.format("board.explain.together", names(together))), null);
        }

        if (ex != null && !ex.alternatives().isEmpty()) {
            add(heading(i18n.get("board.explain.elsewhere")), null);
            for (Alternative a : ex.alternatives()) {
                add(text("• " + alternative(a)), a.blockedBy().isEmpty() && a.scoreDelta() > 0 ? "explain-better" : null);
            }
            add(text(i18n.get("board.explain.why")), "muted");
        }
    }

    private String alternative(Alternative a) {
        String where = model.title(a.proposal()) + " (" + words.rank(a.rank())
                + (a.retained() ? "" : i18n.get("board.explain.choice.notRetained")) + ")";
        String points = i18n.format("board.explain.points", Wording.signed(a.scoreDelta()));
        return a.blockedBy().isEmpty() ? i18n.format("board.explain.alt.ok", where, points)
                : i18n.format("board.explain.alt.blocked", where, points, words.rules(a.blockedBy()));
    }

    void showTeam(String id) {
        TeamReport report = model.evaluation() == null ? null
                : model.evaluation().teams().stream().filter(t -> t.proposal().equals(id)).findFirst().orElse(null);
        if (report == null) {
            showHint();
            return;
        }
        Proposal proposal = model.proposal(id);
        getChildren().setAll(title(model.title(id)));
        if (!proposal.description().isBlank()) {
            add(text(proposal.description()), "muted");
        }
        if (proposal.ministry() != null) {
            add(text(i18n.format("board.team.carriedBy", proposal.ministry())), null);
        }
        add(text(i18n.format("board.team.size", report.size(), report.minSize(), report.maxSize(),
                report.ministries().size())), null);
        add(heading(i18n.get("board.explain.teamPoints")), null);
        ScoreParts parts = report.parts();
        add(text(i18n.format("board.parts.choice", parts.choice())), null);
        add(text(i18n.format("board.parts.skillCovered", parts.skillCovered())), null);
        add(text(i18n.format("board.parts.extraMinistry", parts.extraMinistry())), null);
        add(text(i18n.format("board.parts.together", parts.together())), null);
        add(text(i18n.format("board.parts.total", parts.total())), "explain-where");
        add(heading(i18n.get("board.explain.skills")), null);
        add(text(i18n.format("board.team.skills", report.skillsCovered().isEmpty() ? "—"
                : String.join(", ", report.skillsCovered()))), null);
        if (!report.skillsMissing().isEmpty()) {
            add(text(i18n.format("board.team.skillsMissing", String.join(", ", report.skillsMissing()))), "team-line-missing");
        }
        add(heading(i18n.get("board.explain.ministries")), null);
        report.ministries().forEach((m, n) -> add(text(m + " : " + n), null));
        if (!report.violations().isEmpty()) {
            add(heading(i18n.get("board.explain.broken")), null);
            for (Violation v : report.violations()) {
                add(text("\u26A0 " + words.violation(v)), "team-violation");
            }
        }
    }

    private boolean isRetained(String proposal) {
        return model.evaluation() != null && model.evaluation().teams().stream().anyMatch(t -> t.proposal().equals(proposal));
    }

    private String names(List<String> ids) {
        return String.join(", ", ids.stream().map(model::name).toList());
    }

    private void add(Label l, String style) {
        if (style != null) {
            l.getStyleClass().add(style);
        }
        getChildren().add(l);
    }

    /** The title with the close button at its right. */
    private javafx.scene.Node title(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("title-4");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        javafx.scene.layout.HBox.setHgrow(l, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox row = new javafx.scene.layout.HBox(6, l, close);
        row.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        return row;
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("explain-heading");
        l.setWrapText(true);
        return l;
    }

    private static Label text(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        return l;
    }

    /** All the panel's text, one label a line (tests read it). */
    String text() {
        StringBuilder sb = new StringBuilder();
        lookupAll(".label").forEach(n -> sb.append(((Label) n).getText()).append('\n'));
        return sb.toString();
    }
}
