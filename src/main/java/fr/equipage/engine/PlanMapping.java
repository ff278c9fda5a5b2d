package fr.equipage.engine;

import fr.equipage.model.Plan;
import fr.equipage.model.Problem;
import fr.equipage.model.Team;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Converts between {@link Plan} (ids, spec §2) and {@link ScoreState} (indices). */
public final class PlanMapping {
    private PlanMapping() {
    }

    /** A plan that does not fit its instance: unknown ids, someone listed twice or missing. */
    public static final class PlanMismatchException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<Problem> problems;

        public PlanMismatchException(List<Problem> problems) {
            super(problems.size() + " problème(s) dans le plan : " + problems.get(0)
                    + (problems.size() > 1 ? " …" : ""));
            this.problems = List.copyOf(problems);
        }

        public List<Problem> problems() {
            return problems;
        }
    }

    /** The state holding a plan's teams. Its stored score and violations are ignored: they are recomputed. */
    public static ScoreState toState(CompiledInstance c, Plan plan) throws PlanMismatchException {
        List<Problem> problems = new ArrayList<>();
        int[] teamOf = new int[c.participantCount()];
        Arrays.fill(teamOf, -2);
        boolean[] retained = new boolean[c.proposalCount()];
        for (Team team : plan.teams()) {
            int t = c.proposalIndex(team.proposal());
            if (t < 0) {
                problems.add(new Problem(team.proposal(), "teams", "proposition inconnue"));
                continue;
            }
            if (retained[t]) {
                problems.add(new Problem(team.proposal(), "teams", "équipe listée deux fois"));
            }
            retained[t] = true;
            for (String member : team.members()) {
                place(c, member, t, teamOf, problems);
            }
        }
        for (String id : plan.unassigned()) {
            place(c, id, -1, teamOf, problems);
        }
        for (int p = 0; p < teamOf.length; p++) {
            if (teamOf[p] == -2) {
                problems.add(new Problem(c.participantId(p), "plan", "participant absent du plan (ni dans une équipe, ni non affecté)"));
            }
        }
        if (!problems.isEmpty()) {
            throw new PlanMismatchException(problems);
        }
        return ScoreState.of(c, teamOf, retained);
    }

    private static void place(CompiledInstance c, String id, int t, int[] teamOf, List<Problem> problems) {
        int p = c.participantIndex(id);
        if (p < 0) {
            problems.add(new Problem(id, t < 0 ? "unassigned" : "members", "participant inconnu"));
        } else if (teamOf[p] != -2) {
            problems.add(new Problem(id, t < 0 ? "unassigned" : "members", "participant listé deux fois"));
        } else {
            teamOf[p] = t;
        }
    }

    /**
     * The plan of a state, with its score and violations computed by the scorer. {@code bound} is a
     * proven upper bound or null; the plan is optimal when it is feasible and its total equals it.
     */
    public static Plan toPlan(ScoreState s, Long bound) {
        CompiledInstance c = s.instance();
        List<Team> teams = new ArrayList<>();
        for (int t = 0; t < c.proposalCount(); t++) {
            if (s.isRetained(t)) {
                teams.add(new Team(c.proposalId(t), Arrays.stream(s.membersArray(t)).mapToObj(c::participantId).toList()));
            }
        }
        List<String> unassigned = new ArrayList<>();
        for (int p = 0; p < c.participantCount(); p++) {
            if (s.teamOf(p) < 0) {
                unassigned.add(c.participantId(p));
            }
        }
        var violations = Scorer.violations(s);
        boolean feasible = violations.isEmpty();
        boolean optimal = feasible && bound != null && s.total() == bound;
        return new Plan(feasible, teams, unassigned, s.parts(), violations, bound, optimal);
    }
}
