package fr.equipage.ui.board;

import fr.equipage.engine.Hold;
import fr.equipage.model.Violation;
import fr.equipage.ui.framework.I18n;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the engine's sentences into the organiser's words. The engine names people and projects
 * by their ids ("P03 compte 9 membre(s)…"), which nobody in the room knows; the board shows names
 * and titles instead ("Cartiflette compte 9 membre(s)…").
 */
final class Wording {
    private static final Pattern ID = Pattern.compile("\\b[\\p{L}\\p{N}_.-]+\\b");
    private final I18n i18n;
    private final BoardModel model;

    Wording(I18n i18n, BoardModel model) {
        this.i18n = i18n;
        this.model = model;
    }

    String violation(Violation v) {
        return withNames(v.text().format(i18n.locale()));
    }

    String hold(Hold h) {
        return withNames(h.text().format(i18n.locale()));
    }

    /** Replaces every participant or proposal id in a sentence by its name or title. */
    String withNames(String sentence) {
        if (sentence == null) {
            return "";
        }
        Matcher m = ID.matcher(sentence);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String token = m.group();
            String replacement = token;
            if (model.compiled().proposalIndex(token) >= 0) {
                replacement = model.title(token);
            } else if (model.compiled().participantIndex(token) >= 0) {
                replacement = model.name(token);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return i18n.typeset(out.toString());
    }

    /** "1er choix", "2e choix"… for a 0-based rank; "hors de ses choix" for -1. */
    String rank(int rank) {
        return rank < 0 ? i18n.get("board.rank.none") : i18n.format("board.rank.n", rank + 1);
    }

    /** Short badge: "1er", "2e"… */
    String rankShort(int rank) {
        return rank < 0 ? i18n.get("board.rank.none.short") : i18n.format("board.rank.n.short", rank + 1);
    }

    /** Rule ids in words: "taille de l'équipe, plafond par ministère". */
    String rules(List<String> ids) {
        return String.join(", ", ids.stream().map(this::ruleName).toList());
    }

    String ruleName(String id) {
        return i18n.get("board.rule." + id + ".short");
    }

    /**
     * The line that follows a dragged card (and the keyboard move): what the drop does, the points,
     * and the first rule it would break, so that nobody learns it only after dropping.
     */
    String preview(MovePreview p) {
        String action = p.action().isEmpty() ? "" : Character.toUpperCase(p.action().charAt(0)) + p.action().substring(1);
        if (p.broken().isEmpty()) {
            return i18n.format("board.drag.preview", action, signed(p.scoreDelta()));
        }
        return i18n.format("board.drag.preview.breaks", action, signed(p.scoreDelta()), violation(p.broken().get(0)),
                p.broken().size() - 1);
    }

    /** A signed number of points: "+3", "−2", "0". */
    static String signed(long n) {
        return n > 0 ? "+" + n : n < 0 ? "\u2212" + (-n) : "0";
    }
}
