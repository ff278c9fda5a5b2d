package fr.equipage.engine;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayList;
import java.util.List;

/**
 * Who joins which team once the retained teams are chosen, as a min-cost flow: exact for the
 * choice, unassigned and extra-ministry parts under the size and per-ministry rules (H2, H3, H4,
 * H5, H6, H7), approximate for skills (a small bonus per skill a person brings), blind to the
 * apart and together pairs (the local search that follows repairs and rewards those).
 *
 * <p>Why a flow: on open workshops of 1,000 people the annealing places people one move at a time
 * and ends 2–4 % short; the flow places everyone at once, optimally for what it models, in
 * milliseconds. The network, per retained team t and ministry m:
 * person → (t, m) [its choice score] → distinct(t) [first member of m] or team(t) [the others,
 * up to the ministry cap − 1]; distinct(t) → team(t) [the first minDistinct with a large bonus,
 * the rest with the extra-ministry weight]; team(t) → sink [the first minSize with a large bonus,
 * the rest up to maxSize at no cost]; person → sink when unassigned [its penalty]. People with no
 * choice among the retained teams go through a pool per ministry (one arc each instead of one per
 * team) when any team is allowed.
 */
final class FlowAssignment {
    /** Costs are scaled so the skill bonus can be fractional. */
    private static final long SCALE = 100;
    /** Reward of a unit that fills a minimum (size or distinct ministries): feasibility first. */
    private static final long BIG = 1_000_000;
    /** Reward that keeps a locked participant or a proposer in its team. */
    private static final long FORCED = 100 * BIG;

    private final CompiledInstance c;
    /** Share of the skill weight a person is credited with for each proposal skill it holds. */
    private final double skillShare;

    FlowAssignment(CompiledInstance c, double skillShare) {
        this.c = c;
        this.skillShare = skillShare;
    }

    /** Each participant's team (−1: unassigned) for the retained teams {@code open}; null without OR-Tools or if its solver failed. */
    int[] assign(boolean[] open) {
        if (!CpSat.available()) {
            return null; // The flow solver is OR-Tools' too.
        }
        int n = c.participantCount();
        int teams = c.proposalCount();
        int ministries = c.ministryCount();
        boolean anyTeam = !c.settings().onlyChosenProjects();
        int cap = c.settings().maxPerMinistry();
        int minDistinct = c.settings().minDistinctMinistries();
        int[] openIndex = new int[teams];
        int k = 0;
        for (int t = 0; t < teams; t++) {
            openIndex[t] = open[t] ? k++ : -1;
        }
        int openCount = k;
        // Nodes: people, pools per ministry, (team, ministry), distinct(team), team, sink.
        int poolBase = n;
        int tmBase = poolBase + ministries;
        int distinctBase = tmBase + openCount * ministries;
        int teamBase = distinctBase + openCount;
        int sink = teamBase + openCount;
        MinCostFlow f = new MinCostFlow();
        long unassignedCost = -c.weights().unassigned() * SCALE;
        List<int[]> personArcs = new ArrayList<>(); // {arc, person, team or -1 for pool}
        boolean[] usedTm = new boolean[openCount * ministries];
        for (int p = 0; p < n; p++) {
            int m = c.ministryOf(p);
            int forced = forcedTeam(p, open);
            if (forced >= 0 && !open[forced]) {
                // Locked in a team these teams leave out: nowhere to go (the caller's plan breaks H5 anyway).
                f.addArcWithCapacityAndUnitCost(p, sink, 1, unassignedCost);
                f.setNodeSupply(p, 1);
                continue;
            } else if (forced >= 0) {
                int tm = tmBase + openIndex[forced] * ministries + m;
                usedTm[openIndex[forced] * ministries + m] = true;
                personArcs.add(new int[] {f.addArcWithCapacityAndUnitCost(p, tm, 1, -FORCED), p, forced});
            } else {
                for (int t : c.allowed(p)) {
                    if (open[t] && c.choiceScore(p, t) > 0) {
                        usedTm[openIndex[t] * ministries + m] = true;
                        personArcs.add(new int[] {f.addArcWithCapacityAndUnitCost(p, tmBase + openIndex[t] * ministries + m, 1,
                                -arcValue(p, t)), p, t});
                    }
                }
                if (anyTeam) {
                    personArcs.add(new int[] {f.addArcWithCapacityAndUnitCost(p, poolBase + m, 1, 0), p, -1});
                }
            }
            f.addArcWithCapacityAndUnitCost(p, sink, 1, unassignedCost);
            f.setNodeSupply(p, 1);
        }
        int[][] poolArcs = new int[openCount * ministries][];
        for (int t = 0; t < teams; t++) {
            if (!open[t]) {
                continue;
            }
            int o = openIndex[t];
            for (int m = 0; m < ministries; m++) {
                int tm = tmBase + o * ministries + m;
                if (anyTeam) {
                    poolArcs[o * ministries + m] = new int[] {f.addArcWithCapacityAndUnitCost(poolBase + m, tm, cap, 0)};
                    usedTm[o * ministries + m] = true;
                }
                if (usedTm[o * ministries + m]) {
                    f.addArcWithCapacityAndUnitCost(tm, distinctBase + o, 1, 0);
                    if (cap > 1) {
                        f.addArcWithCapacityAndUnitCost(tm, teamBase + o, cap - 1, 0);
                    }
                }
            }
            f.addArcWithCapacityAndUnitCost(distinctBase + o, teamBase + o, minDistinct, -BIG);
            f.addArcWithCapacityAndUnitCost(distinctBase + o, teamBase + o, ministries,
                    -c.weights().extraMinistry() * SCALE);
            f.addArcWithCapacityAndUnitCost(teamBase + o, sink, c.minSize(t), -BIG);
            if (c.maxSize(t) > c.minSize(t)) {
                f.addArcWithCapacityAndUnitCost(teamBase + o, sink, c.maxSize(t) - c.minSize(t), 0);
            }
        }
        f.setNodeSupply(sink, -n);
        if (f.solve() != MinCostFlowBase.Status.OPTIMAL) {
            return null;
        }
        int[] teamOf = new int[n];
        java.util.Arrays.fill(teamOf, -1);
        List<List<Integer>> pooled = IndexLists.lists(ministries);
        for (int[] a : personArcs) {
            if (f.getFlow(a[0]) > 0) {
                if (a[2] >= 0) {
                    teamOf[a[1]] = a[2];
                } else {
                    pooled.get(c.ministryOf(a[1])).add(a[1]);
                }
            }
        }
        if (anyTeam) {
            placePooled(open, openIndex, poolArcs, f, pooled, teamOf);
        }
        return teamOf;
    }

    /** The pooled people of each ministry go where the flow sends that many, those bringing a missing skill first. */
    private void placePooled(boolean[] open, int[] openIndex, int[][] poolArcs, MinCostFlow f, List<List<Integer>> pooled,
                             int[] teamOf) {
        int ministries = c.ministryCount();
        boolean[][] covered = new boolean[c.proposalCount()][];
        for (int t = 0; t < c.proposalCount(); t++) {
            if (open[t]) {
                covered[t] = new boolean[c.proposalSkills(t).length];
            }
        }
        for (int p = 0; p < teamOf.length; p++) {
            if (teamOf[p] >= 0) {
                cover(p, teamOf[p], covered[teamOf[p]]);
            }
        }
        for (int t = 0; t < c.proposalCount(); t++) {
            if (!open[t]) {
                continue;
            }
            for (int m = 0; m < ministries; m++) {
                long k = f.getFlow(poolArcs[openIndex[t] * ministries + m][0]);
                List<Integer> pool = pooled.get(m);
                for (; k > 0 && !pool.isEmpty(); k--) {
                    int bestI = 0;
                    int bestGain = -1;
                    for (int i = 0; i < pool.size(); i++) {
                        int gain = gain(pool.get(i), t, covered[t]);
                        if (gain > bestGain) {
                            bestGain = gain;
                            bestI = i;
                        }
                    }
                    int p = pool.remove(bestI);
                    teamOf[p] = t;
                    cover(p, t, covered[t]);
                }
            }
        }
    }

    private int gain(int p, int t, boolean[] covered) {
        int[] skills = c.proposalSkills(t);
        int g = 0;
        for (int i = 0; i < skills.length; i++) {
            if (!covered[i] && c.hasSkill(p, skills[i])) {
                g++;
            }
        }
        return g;
    }

    private void cover(int p, int t, boolean[] covered) {
        int[] skills = c.proposalSkills(t);
        for (int i = 0; i < skills.length; i++) {
            if (c.hasSkill(p, skills[i])) {
                covered[i] = true;
            }
        }
    }

    private long arcValue(int p, int t) {
        return c.choiceScore(p, t) * SCALE + Math.round(c.skillsBrought(p, t) * skillShare * c.weights().skillCovered() * SCALE);
    }

    /** The team a participant must join in these teams: its lock, or (when proposers join) the one it proposed. */
    private int forcedTeam(int p, boolean[] open) {
        if (c.lockOf(p) >= 0) {
            return c.lockOf(p);
        }
        for (int t : c.proposedBy(p)) {
            if (open[t]) {
                return t;
            }
        }
        return -1;
    }
}
