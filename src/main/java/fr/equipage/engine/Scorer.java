package fr.equipage.engine;

import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
import fr.equipage.model.ScoreParts;
import fr.equipage.model.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact rules and score of spec §3–§5, read from a {@link ScoreState}. The score itself is kept
 * incrementally by the state; this class lists the violations with their sentences and builds the
 * reports the organiser reads.
 */
public final class Scorer {
    private Scorer() {
    }

    /** Evaluates a plan read from JSON or built by hand; throws when it does not fit the instance. */
    public static Evaluation evaluate(Instance instance, Plan plan) throws PlanMapping.PlanMismatchException {
        CompiledInstance c = CompiledInstance.of(instance);
        return evaluate(PlanMapping.toState(c, plan));
    }

    public static Evaluation evaluate(ScoreState s) {
        List<Violation> violations = violations(s);
        List<TeamReport> teams = new ArrayList<>();
        for (int t = 0; t < s.instance().proposalCount(); t++) {
            if (s.isRetained(t)) {
                teams.add(team(s, t, violations));
            }
        }
        return new Evaluation(s.parts(), violations.isEmpty(), violations, RankProfile.of(s), teams);
    }

    /** Every broken rule of the plan (empty exactly when {@link ScoreState#feasible()}). */
    public static List<Violation> violations(ScoreState s) {
        CompiledInstance c = s.instance();
        List<Violation> out = new ArrayList<>();
        int maxTeams = c.settings().maxTeams();
        if (s.retainedCount() > maxTeams) {
            out.add(RuleText.tooManyTeams(s.retainedCount(), maxTeams));
        }
        for (int t = 0; t < c.proposalCount(); t++) {
            if (s.isRetained(t)) {
                teamViolations(s, t, out);
            }
        }
        for (int p = 0; p < c.participantCount(); p++) {
            int t = s.teamOf(p);
            int lock = c.lockOf(p);
            if (lock >= 0 && t != lock) {
                out.add(RuleText.lockBroken(c, p, lock, t));
            }
            if (t >= 0 && !c.isAllowed(p, t)) {
                out.add(RuleText.notChosen(c, p, t));
            }
        }
        for (int[] pair : c.apartPairs()) {
            int t = s.teamOf(pair[0]);
            if (t >= 0 && t == s.teamOf(pair[1])) {
                out.add(RuleText.apartTogether(c, pair[0], pair[1], t));
            }
        }
        return out;
    }

    private static void teamViolations(ScoreState s, int t, List<Violation> out) {
        CompiledInstance c = s.instance();
        int size = s.size(t);
        if (size < c.minSize(t) || size > c.maxSize(t)) {
            out.add(RuleText.size(c, t, size));
        }
        int minDistinct = c.settings().minDistinctMinistries();
        if (s.distinctMinistries(t) < minDistinct) {
            out.add(RuleText.diversity(c, t, s.distinctMinistries(t), minDistinct));
        }
        int cap = c.settings().maxPerMinistry();
        for (int mi = 0; mi < c.ministryCount(); mi++) {
            if (s.ministryCount(t, mi) > cap) {
                out.add(RuleText.ministryCap(c, t, mi, s.ministryCount(t, mi), cap));
            }
        }
        for (int p : c.proposersOf(t)) {
            if (s.teamOf(p) != t) {
                out.add(RuleText.proposerAbsent(c, p, t));
            }
        }
    }

    private static TeamReport team(ScoreState s, int t, List<Violation> violations) {
        CompiledInstance c = s.instance();
        var w = c.weights();
        int[] members = s.membersArray(t);
        long choice = 0;
        long together = 0;
        Map<String, Integer> ministries = new LinkedHashMap<>();
        List<String> ids = new ArrayList<>();
        for (int p : members) {
            ids.add(c.participantId(p));
            choice += c.choiceScore(p, t);
            ministries.merge(c.ministryCode(c.ministryOf(p)), 1, Integer::sum);
            for (int q : c.togetherOf(p)) {
                if (q > p && s.teamOf(q) == t) {
                    together++;
                }
            }
        }
        List<String> covered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int[] skills = c.proposalSkills(t);
        for (int i = 0; i < skills.length; i++) {
            (s.isSkillCovered(t, i) ? covered : missing).add(c.skillCode(skills[i]));
        }
        ScoreParts parts = ScoreParts.of(choice, 0, (long) w.skillCovered() * covered.size(),
                (long) w.extraMinistry() * (s.distinctMinistries(t) - c.settings().minDistinctMinistries()),
                (long) w.together() * together);
        String id = c.proposalId(t);
        return new TeamReport(id, c.proposal(t).title(), ids, c.minSize(t), c.maxSize(t), parts, covered, missing,
                ministries, violations.stream().filter(v -> id.equals(v.team())).toList());
    }

    /**
     * Why participant p is where it is: the rules holding it in its team, and for every other team
     * it may join (its choices, proposals and lock, or every retained team when H7 is off) the
     * score change and the rules a move there would break.
     */
    public static ParticipantExplanation explain(ScoreState s, int p) {
        CompiledInstance c = s.instance();
        int t = s.teamOf(p);
        List<Hold> holds = new ArrayList<>();
        if (t >= 0) {
            if (c.lockOf(p) == t) {
                holds.add(RuleText.holdLocked(c, t));
            }
            if (c.isProposerOf(p, t)) {
                holds.add(RuleText.holdProposer(c, t));
            }
            if (s.size(t) <= c.minSize(t)) {
                holds.add(RuleText.holdMinSize(c, t));
            }
            if (s.ministryCount(t, c.ministryOf(p)) == 1
                    && s.distinctMinistries(t) <= c.settings().minDistinctMinistries()) {
                holds.add(RuleText.holdDiversity(c, p, t));
            }
        }
        List<Alternative> alternatives = new ArrayList<>();
        for (int u : alternativesOf(s, p)) {
            if (u != t) {
                alternatives.add(alternative(s, p, u));
            }
        }
        alternatives.sort(java.util.Comparator.comparingInt((Alternative a) -> a.rank() < 0 ? Integer.MAX_VALUE : a.rank()));
        return new ParticipantExplanation(c.participantId(p), c.participant(p).name(), t < 0 ? null : c.proposalId(t),
                t < 0 ? -1 : c.rankOf(p, t), t < 0 ? 0 : c.choiceScore(p, t), holds, alternatives);
    }

    private static int[] alternativesOf(ScoreState s, int p) {
        CompiledInstance c = s.instance();
        if (c.settings().onlyChosenProjects()) {
            return c.allowed(p);
        }
        return java.util.stream.IntStream.range(0, c.proposalCount())
                .filter(u -> s.isRetained(u) || c.rankOf(p, u) >= 0).toArray();
    }

    private static Alternative alternative(ScoreState s, int p, int u) {
        CompiledInstance c = s.instance();
        List<String> rules = new ArrayList<>();
        int from = s.teamOf(p);
        if (c.lockOf(p) >= 0 && c.lockOf(p) != u) {
            rules.add("H5");
        }
        if (from >= 0 && c.isProposerOf(p, from)) {
            rules.add("H6");
        }
        if (!s.isRetained(u)) {
            rules.add("H2");
            if (s.retainedCount() >= c.settings().maxTeams()) {
                rules.add("H1");
            }
        } else if (s.size(u) >= c.maxSize(u)) {
            rules.add("H2");
        }
        if (s.ministryCount(u, c.ministryOf(p)) >= c.settings().maxPerMinistry()) {
            rules.add("H4");
        }
        if (!c.isAllowed(p, u)) {
            rules.add("H7");
        }
        for (int q : c.apartOf(p)) {
            if (s.teamOf(q) == u) {
                rules.add("H8");
                break;
            }
        }
        if (from >= 0 && (s.size(from) <= c.minSize(from)) && !rules.contains("H2")) {
            rules.add("H2");
        }
        long delta = s.deltaIfMoved(p, u);
        return RuleText.alternative(c, p, u, s.isRetained(u), delta, rules);
    }
}
