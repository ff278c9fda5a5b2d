package fr.equipage.engine;

import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A hill climb aimed at what the flow placement cannot see: for each skill a retained team lacks, the
 * best move or swap bringing a holder of it into the team; for each together pair apart, the best
 * move or swap putting them together. Only feasible improvements are kept, the best of each target.
 *
 * <p>Why targeted: the annealing's random moves on 1,000 people and 133 teams rarely pick the one
 * holder of a missing skill; here every holder is tried (about 200 a skill), with every member of
 * the team it could replace.
 */
final class TargetedSearch {
    private final CompiledInstance c;
    private final int[][] holders;

    TargetedSearch(CompiledInstance c) {
        this.c = c;
        List<List<Integer>> h = IndexLists.lists(c.skillCount());
        for (int p = 0; p < c.participantCount(); p++) {
            for (int k : c.participantSkills(p)) {
                h.get(k).add(p);
            }
        }
        holders = IndexLists.toArrays(h);
    }

    /** Climbs until a pass finds nothing or {@code stop}; s must be feasible and stays so. */
    void improve(ScoreState s, BooleanSupplier stop) {
        boolean improved = true;
        while (improved && !stop.getAsBoolean()) {
            improved = false;
            for (int t = 0; t < c.proposalCount() && !stop.getAsBoolean(); t++) {
                if (!s.isRetained(t)) {
                    continue;
                }
                int[] skills = c.proposalSkills(t);
                for (int i = 0; i < skills.length; i++) {
                    if (!s.isSkillCovered(t, i) && bringInto(s, t, holders[skills[i]])) {
                        improved = true;
                    }
                }
            }
            for (int[] pair : c.togetherPairs()) {
                if (stop.getAsBoolean()) {
                    break;
                }
                int ta = s.teamOf(pair[0]);
                int tb = s.teamOf(pair[1]);
                if (ta == tb && ta >= 0) {
                    continue;
                }
                boolean moved = tb >= 0 && bringInto(s, tb, new int[] {pair[0]});
                if (!moved && s.teamOf(pair[0]) >= 0) {
                    moved = bringInto(s, s.teamOf(pair[0]), new int[] {pair[1]});
                }
                improved |= moved;
            }
        }
    }

    /** The best feasible improving move of one of {@code candidates} into t, or swap with a member of t; applied. */
    private boolean bringInto(ScoreState s, int t, int[] candidates) {
        long base = s.objective();
        long bestGain = 0;
        int bestQ = -1;
        int bestP = -1;
        int[] members = s.membersArray(t);
        for (int q : candidates) {
            int u = s.teamOf(q);
            if (u == t || !movable(s, q)) {
                continue;
            }
            s.move(q, t);
            if (s.breaches() == 0 && s.objective() - base > bestGain) {
                bestGain = s.objective() - base;
                bestQ = q;
                bestP = -1;
            }
            for (int p : members) {
                if (!movable(s, p)) {
                    continue;
                }
                s.move(p, u);
                if (s.breaches() == 0 && s.objective() - base > bestGain) {
                    bestGain = s.objective() - base;
                    bestQ = q;
                    bestP = p;
                }
                s.move(p, t);
            }
            s.move(q, u);
        }
        if (bestQ < 0) {
            return false;
        }
        int u = s.teamOf(bestQ);
        s.move(bestQ, t);
        if (bestP >= 0) {
            s.move(bestP, u);
        }
        return true;
    }

    private boolean movable(ScoreState s, int p) {
        int t = s.teamOf(p);
        return c.lockOf(p) < 0 && (t < 0 || !c.isProposerOf(p, t));
    }
}
