package fr.equipage.ui.board;

import fr.equipage.model.Settings;
import fr.equipage.model.Weights;
import fr.equipage.ui.controls.ProsePage;
import fr.equipage.ui.framework.I18n;
import java.util.ArrayList;
import java.util.List;

/**
 * "Règles de l'algorithme": the rules every plan keeps and the score it maximises, with the values
 * in use for this workshop, in words anyone in the room can read. A public body owes this
 * explanation to the people an algorithm assigns (CRPA art. L311-3-1).
 */
final class RulesPage extends ProsePage {
    private final BoardModel model;
    private final I18n i18n;

    RulesPage(BoardModel model, I18n i18n) {
        super("rules");
        this.model = model;
        this.i18n = i18n;
    }

    @Override
    protected boolean ready() {
        return model.isLoaded();
    }

    @Override
    protected List<String> lines() {
        Settings s = model.settings();
        Weights w = s.weights();
        List<String> out = new ArrayList<>();
        out.add("#" + i18n.get("board.rules.title"));
        out.add(i18n.get("board.rules.intro"));
        out.add("#" + i18n.get("board.rules.hard"));
        out.add(i18n.format("board.rules.H1", s.maxTeams()));
        out.add(i18n.get("board.rules.H2"));
        out.add(i18n.format("board.rules.H3", s.minDistinctMinistries()));
        out.add(i18n.format("board.rules.H4", s.maxPerMinistry()));
        out.add(i18n.get("board.rules.H5"));
        out.add(i18n.get(s.proposersJoinOwnProject() ? "board.rules.H6.on" : "board.rules.H6.off"));
        out.add(i18n.get(s.onlyChosenProjects() ? "board.rules.H7.on" : "board.rules.H7.off"));
        out.add(i18n.get("board.rules.H8"));
        out.add("#" + i18n.get("board.rules.score"));
        out.add(i18n.get("board.rules.score.intro"));
        List<String> ranks = new ArrayList<>();
        for (int r = 0; r < w.choice().size(); r++) {
            ranks.add(i18n.format("board.rules.rankPoints", r + 1, w.choice().get(r)));
        }
        out.add(i18n.format("board.rules.choice", String.join(", ", ranks)));
        out.add(i18n.format("board.rules.unassigned", w.unassigned()));
        out.add(i18n.format("board.rules.skill", w.skillCovered()));
        out.add(i18n.format("board.rules.extraMinistry", w.extraMinistry(), s.minDistinctMinistries()));
        out.add(i18n.format("board.rules.together", w.together()));
        out.add("#" + i18n.get("board.rules.how"));
        out.add(i18n.get("board.rules.how.text"));
        out.add(i18n.format("board.rules.stability", w.rerunStability()));
        out.add(i18n.get("board.rules.law"));
        return out;
    }
}
