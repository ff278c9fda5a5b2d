package fr.equipage.engine;

import fr.equipage.model.Message;
import fr.equipage.model.Violation;
import java.util.List;

/**
 * The organiser's sentences for broken rules, holds and alternatives, by key in the bundle
 * {@code i18n/engine} (French and English), so that the engine chooses no language.
 */
final class RuleText {
    private RuleText() {
    }

    static Violation tooManyTeams(int retained, int maxTeams) {
        return new Violation("H1", null, null, Message.engine("rule.H1", retained, maxTeams));
    }

    static Violation size(CompiledInstance c, int t, int size) {
        String id = c.proposalId(t);
        return new Violation("H2", id, null, Message.engine("rule.H2", id, size, c.minSize(t), c.maxSize(t)));
    }

    static Violation diversity(CompiledInstance c, int t, int distinct, int min) {
        String id = c.proposalId(t);
        return new Violation("H3", id, null, Message.engine("rule.H3", id, distinct, min));
    }

    static Violation ministryCap(CompiledInstance c, int t, int mi, int count, int cap) {
        String id = c.proposalId(t);
        return new Violation("H4", id, null, Message.engine("rule.H4", id, count, c.ministryCode(mi), cap));
    }

    static Violation proposerAbsent(CompiledInstance c, int p, int t) {
        String id = c.proposalId(t);
        String who = c.participantId(p);
        return new Violation("H6", id, who, Message.engine("rule.H6", who, id));
    }

    static Violation lockBroken(CompiledInstance c, int p, int lock, int t) {
        String who = c.participantId(p);
        String l = c.proposalId(lock);
        Message text = t < 0 ? Message.engine("rule.H5.unassigned", who, l)
                : Message.engine("rule.H5", who, l, c.proposalId(t));
        return new Violation("H5", l, who, text);
    }

    static Violation notChosen(CompiledInstance c, int p, int t) {
        String who = c.participantId(p);
        String id = c.proposalId(t);
        return new Violation("H7", id, who, Message.engine("rule.H7", who, id));
    }

    static Violation apartTogether(CompiledInstance c, int a, int b, int t) {
        String pa = c.participantId(a);
        String id = c.proposalId(t);
        return new Violation("H8", id, pa, Message.engine("rule.H8", pa, c.participantId(b), id));
    }

    static Hold holdLocked(CompiledInstance c, int t) {
        return new Hold("H5", Message.engine("hold.H5", c.proposalId(t)));
    }

    static Hold holdProposer(CompiledInstance c, int t) {
        return new Hold("H6", Message.engine("hold.H6", c.proposalId(t)));
    }

    static Hold holdMinSize(CompiledInstance c, int t) {
        return new Hold("H2", Message.engine("hold.H2", c.proposalId(t), c.minSize(t)));
    }

    static Hold holdDiversity(CompiledInstance c, int p, int t) {
        return new Hold("H3", Message.engine("hold.H3", c.ministryCode(c.ministryOf(p)), c.proposalId(t)));
    }

    static Alternative alternative(CompiledInstance c, int p, int u, boolean retained, long delta, List<String> rules) {
        String id = c.proposalId(u);
        int rank = c.rankOf(p, u);
        String sign = delta >= 0 ? "+" + delta : String.valueOf(delta);
        Message text = rules.isEmpty() ? Message.engine("alternative.allowed", id, sign)
                : Message.engine(retained ? "alternative.blocked" : "alternative.blocked.notRetained", id, sign,
                        String.join(", ", rules));
        return new Alternative(id, rank, retained, delta, rules, text);
    }
}
