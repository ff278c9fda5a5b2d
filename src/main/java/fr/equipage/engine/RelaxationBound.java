package fr.equipage.engine;

import java.util.Arrays;

/**
 * A quick upper bound on the score when CP-SAT is not available: each participant at its best
 * allowed choice (or unassigned, whichever is worth more), plus, for the {@code maxTeams} proposals
 * that could add the most, every skill they ask for and every ministry among their candidates, plus
 * every together pair. Valid, usually loose.
 */
final class RelaxationBound {
    private RelaxationBound() {
    }

    static long of(CompiledInstance c) {
        var w = c.weights();
        long bound = 0;
        for (int p = 0; p < c.participantCount(); p++) {
            long best = w.unassigned();
            for (int v : c.allowedWeight(p)) {
                best = Math.max(best, v);
            }
            bound += best;
        }
        long[] teamExtra = new long[c.proposalCount()];
        int minDistinct = c.settings().minDistinctMinistries();
        for (int t = 0; t < teamExtra.length; t++) {
            long ministries = Arrays.stream(c.candidates(t)).map(c::ministryOf).distinct().count();
            long distinctMax = Math.min(ministries, c.maxSize(t));
            long skills = Math.max(0, (long) w.skillCovered()) * c.proposalSkills(t).length;
            teamExtra[t] = skills + Math.max((long) w.extraMinistry() * (distinctMax - minDistinct),
                    (long) w.extraMinistry() * (Math.min(minDistinct, distinctMax) - minDistinct));
        }
        Arrays.sort(teamExtra);
        for (int i = teamExtra.length - 1, k = 0; i >= 0 && k < c.settings().maxTeams(); i--, k++) {
            bound += Math.max(0, teamExtra[i]);
        }
        bound += Math.max(0, (long) w.together()) * c.togetherPairs().length;
        return bound;
    }
}
