package fr.equipage.engine;

import fr.equipage.model.Violation;
import java.util.List;

/** The organiser's sentences, in French and English, for broken rules, holds and alternatives. */
final class RuleText {
    private RuleText() {
    }

    static Violation tooManyTeams(int retained, int maxTeams) {
        return new Violation("H1", null, null,
                retained + " équipes retenues, au plus " + maxTeams + " autorisées",
                retained + " teams retained, at most " + maxTeams + " allowed");
    }

    static Violation size(CompiledInstance c, int t, int size) {
        String id = c.proposalId(t);
        int min = c.minSize(t);
        int max = c.maxSize(t);
        return new Violation("H2", id, null,
                id + " compte " + size + " membre(s), il en faut entre " + min + " et " + max,
                id + " has " + size + " member(s), it needs between " + min + " and " + max);
    }

    static Violation diversity(CompiledInstance c, int t, int distinct, int min) {
        String id = c.proposalId(t);
        return new Violation("H3", id, null,
                id + " réunit " + distinct + " ministère(s), il en faut au moins " + min,
                id + " brings together " + distinct + " ministr" + (distinct == 1 ? "y" : "ies")
                        + ", it needs at least " + min);
    }

    static Violation ministryCap(CompiledInstance c, int t, int mi, int count, int cap) {
        String id = c.proposalId(t);
        String m = c.ministryCode(mi);
        return new Violation("H4", id, null,
                id + " compte " + count + " membres de " + m + ", au plus " + cap + " par ministère",
                id + " has " + count + " members from " + m + ", at most " + cap + " per ministry");
    }

    static Violation proposerAbsent(CompiledInstance c, int p, int t) {
        String id = c.proposalId(t);
        String who = c.participantId(p);
        return new Violation("H6", id, who,
                who + " porte " + id + " mais n'est pas dans son équipe",
                who + " proposed " + id + " but is not in its team");
    }

    static Violation lockBroken(CompiledInstance c, int p, int lock, int t) {
        String who = c.participantId(p);
        String l = c.proposalId(lock);
        String where = t < 0 ? "sans équipe" : "dans " + c.proposalId(t);
        String whereEn = t < 0 ? "unassigned" : "in " + c.proposalId(t);
        return new Violation("H5", l, who,
                "l'organisateur a épinglé " + who + " à " + l + ", mais cette personne est " + where,
                who + " is pinned to " + l + " but is " + whereEn);
    }

    static Violation notChosen(CompiledInstance c, int p, int t) {
        String who = c.participantId(p);
        String id = c.proposalId(t);
        return new Violation("H7", id, who,
                who + " est dans " + id + ", une proposition que cette personne n'a ni choisie, ni proposée, et à laquelle elle n'est pas épinglée",
                who + " is placed in " + id + " which they neither chose, proposed nor were pinned to");
    }

    static Violation apartTogether(CompiledInstance c, int a, int b, int t) {
        String pa = c.participantId(a);
        String pb = c.participantId(b);
        String id = c.proposalId(t);
        return new Violation("H8", id, pa,
                pa + " et " + pb + " doivent être séparés mais sont tous deux dans " + id,
                pa + " and " + pb + " must be kept apart but are both in " + id);
    }

    static Hold holdLocked(CompiledInstance c, int t) {
        return new Hold("H5", "épinglage de l'organisateur sur " + c.proposalId(t),
                "pinned to " + c.proposalId(t) + " by the organiser");
    }

    static Hold holdProposer(CompiledInstance c, int t) {
        return new Hold("H6", "porte le projet " + c.proposalId(t), "proposed " + c.proposalId(t));
    }

    static Hold holdMinSize(CompiledInstance c, int t) {
        return new Hold("H2", c.proposalId(t) + " n'a pas de membre en trop (minimum " + c.minSize(t) + ")",
                c.proposalId(t) + " has no member to spare (minimum " + c.minSize(t) + ")");
    }

    static Hold holdDiversity(CompiledInstance c, int p, int t) {
        String m = c.ministryCode(c.ministryOf(p));
        return new Hold("H3", "unique membre de " + m + " dans " + c.proposalId(t)
                + ", dont l'équipe a besoin pour sa diversité",
                "only member from " + m + " in " + c.proposalId(t) + ", which the team needs for diversity");
    }

    static Alternative alternative(CompiledInstance c, int p, int u, boolean retained, long delta, List<String> rules) {
        String id = c.proposalId(u);
        int rank = c.rankOf(p, u);
        String sign = delta >= 0 ? "+" + delta : String.valueOf(delta);
        String fr;
        String en;
        if (rules.isEmpty()) {
            fr = "possible dans " + id + " (" + sign + " points)";
            en = "could join " + id + " (" + sign + " points)";
        } else {
            fr = "dans " + id + " : " + sign + " points, mais enfreindrait " + String.join(", ", rules)
                    + (retained ? "" : " (équipe non retenue)");
            en = "in " + id + ": " + sign + " points, but would break " + String.join(", ", rules)
                    + (retained ? "" : " (team not retained)");
        }
        return new Alternative(id, rank, retained, delta, rules, fr, en);
    }
}
