package fr.equipage.engine;

import fr.equipage.model.ScoreParts;
import fr.equipage.model.Weights;
import java.util.Arrays;

/**
 * A mutable plan with its score and rule breaches kept up to date move by move, so that a board can
 * re-score on every drag and the local search can try millions of moves. Every operation costs
 * O(skills + pairs of the moved participant), independent of the instance size, except
 * {@link #drop(int)} which touches the team's members.
 *
 * <p>A team is <em>retained</em> when the plan keeps its proposal (spec §2: it is listed in
 * {@code teams}). Moving someone into a proposal that is not retained retains it; a team that
 * becomes empty stays retained until {@link #drop(int)} (an empty retained team still counts for
 * H1–H3 and the score, as in the spec).
 *
 * <p>{@link #breaches()} is 0 exactly when the plan keeps H1–H8; it measures how far the plan is
 * from that (members missing, ministries missing, pairs not kept apart…), which the local search
 * uses as a penalty. {@link Scorer} turns the same state into the listed violations.
 */
public final class ScoreState {
    private final CompiledInstance c;
    private final int m;
    private final int[] teamOf;
    private final boolean[] retained;
    private final int[] size;
    private final int[] ministryCount;
    private final int[] distinct;
    private final int[] ministryExcess;
    private final int[] skillOffset;
    private final int[] skillCount;
    private final int[] covered;
    private final int[] missingProposers;
    private final int[] teamBreach;
    private final int[][] members;
    private final int[] memberPos;
    /**
     * The retained teams below their maximum size, in no order, and each team's place there (-1: not in it): where a
     * person pushed out of a team can go. On open workshops nearly every seat is taken, and the local search looked
     * for one among all of a person's allowed teams at a third of its moves.
     */
    private final int[] freeTeams;
    private final int[] freePos;
    private int freeCount;
    private final int minDistinct;
    private final int maxPerMinistry;
    private final int maxTeams;
    private final Weights w;

    private int retainedCount;
    private int unassignedCount;
    private long choiceSum;
    private long coveredTotal;
    private long distinctTotal;
    private long togetherCount;
    private long teamBreachTotal;
    private int lockMisses;
    private int disallowed;
    private int apartClashes;
    /** The current board of a re-run (null on a first run), and how many people are away from it. */
    private final StartPlan start;
    private int moved;

    /** The empty plan: no team retained, everyone unassigned. */
    public ScoreState(CompiledInstance c) {
        this.c = c;
        int n = c.participantCount();
        int teams = c.proposalCount();
        m = Math.max(1, c.ministryCount());
        teamOf = new int[n];
        Arrays.fill(teamOf, -1);
        retained = new boolean[teams];
        size = new int[teams];
        ministryCount = new int[teams * m];
        distinct = new int[teams];
        ministryExcess = new int[teams];
        skillOffset = new int[teams + 1];
        for (int t = 0; t < teams; t++) {
            skillOffset[t + 1] = skillOffset[t] + c.proposalSkills(t).length;
        }
        skillCount = new int[skillOffset[teams]];
        covered = new int[teams];
        missingProposers = new int[teams];
        for (int t = 0; t < teams; t++) {
            missingProposers[t] = c.proposersOf(t).length;
        }
        teamBreach = new int[teams];
        members = new int[teams][];
        for (int t = 0; t < teams; t++) {
            members[t] = new int[Math.max(2, Math.min(c.maxSize(t), 64))];
        }
        memberPos = new int[n];
        freeTeams = new int[teams];
        freePos = new int[teams];
        Arrays.fill(freePos, -1);
        minDistinct = c.settings().minDistinctMinistries();
        maxPerMinistry = c.settings().maxPerMinistry();
        maxTeams = c.settings().maxTeams();
        w = c.weights();
        unassignedCount = n;
        start = c.start();
        for (int p = 0; p < n; p++) {
            if (start != null && start.moved(p, -1)) {
                moved++;
            }
            if (c.lockOf(p) >= 0) {
                lockMisses++;
            }
        }
    }

    /** A state holding the given assignment: {@code teamOf[p]} is a proposal index or -1. */
    public static ScoreState of(CompiledInstance c, int[] teamOf, boolean[] retained) {
        ScoreState s = new ScoreState(c);
        for (int t = 0; t < retained.length; t++) {
            if (retained[t]) {
                s.retain(t);
            }
        }
        for (int p = 0; p < teamOf.length; p++) {
            if (teamOf[p] >= 0) {
                s.move(p, teamOf[p]);
            }
        }
        return s;
    }

    public ScoreState copy() {
        return of(c, teamOf.clone(), retained.clone());
    }

    public CompiledInstance instance() {
        return c;
    }

    // ---- moves -----------------------------------------------------------------------------

    /** Places p in team t (retaining t if needed), or unassigns p when t is -1. */
    public void move(int p, int t) {
        int s = teamOf[p];
        if (s == t) {
            return;
        }
        if (s >= 0) {
            leave(p, s);
        }
        if (t >= 0) {
            if (!retained[t]) {
                retain(t);
            }
            join(p, t);
        }
    }

    /** Exchanges the places of p and q (either may be unassigned). */
    public void swap(int p, int q) {
        int tp = teamOf[p];
        int tq = teamOf[q];
        if (tp == tq) {
            return;
        }
        move(p, tq);
        move(q, tp);
    }

    /** Keeps proposal t as a team (possibly empty for now). */
    public void retain(int t) {
        if (retained[t]) {
            return;
        }
        retained[t] = true;
        retainedCount++;
        distinctTotal += distinct[t];
        coveredTotal += covered[t];
        refreshBreach(t);
    }

    /** Drops proposal t: its members become unassigned and it no longer counts. */
    public void drop(int t) {
        if (!retained[t]) {
            return;
        }
        if (size[t] > 0) {
            for (int p : membersArray(t)) {
                leave(p, t);
            }
        }
        retained[t] = false;
        retainedCount--;
        distinctTotal -= distinct[t];
        coveredTotal -= covered[t];
        refreshBreach(t);
    }

    private void join(int p, int t) {
        teamOf[p] = t;
        if (start != null) {
            moved += (start.moved(p, t) ? 1 : 0) - (start.moved(p, -1) ? 1 : 0);
        }
        if (size[t] == members[t].length) {
            members[t] = Arrays.copyOf(members[t], size[t] * 2);
        }
        members[t][size[t]] = p;
        memberPos[p] = size[t];
        unassignedCount--;
        size[t]++;
        int mi = t * m + c.ministryOf(p);
        if (ministryCount[mi]++ == 0) {
            distinct[t]++;
            distinctTotal++;
        }
        if (ministryCount[mi] > maxPerMinistry) {
            ministryExcess[t]++;
        }
        int[] ts = c.proposalSkills(t);
        for (int k : c.participantSkills(p)) {
            for (int i = 0; i < ts.length; i++) {
                if (ts[i] == k && skillCount[skillOffset[t] + i]++ == 0) {
                    covered[t]++;
                    coveredTotal++;
                }
            }
        }
        choiceSum += c.choiceScore(p, t);
        for (int q : c.togetherOf(p)) {
            if (teamOf[q] == t) {
                togetherCount++;
            }
        }
        for (int q : c.apartOf(p)) {
            if (teamOf[q] == t) {
                apartClashes++;
            }
        }
        if (c.lockOf(p) == t) {
            lockMisses--;
        }
        if (!c.isAllowed(p, t)) {
            disallowed++;
        }
        if (c.isProposerOf(p, t)) {
            missingProposers[t]--;
        }
        refreshBreach(t);
    }

    private void leave(int p, int t) {
        teamOf[p] = -1;
        if (start != null) {
            moved += (start.moved(p, -1) ? 1 : 0) - (start.moved(p, t) ? 1 : 0);
        }
        int last = members[t][size[t] - 1];
        members[t][memberPos[p]] = last;
        memberPos[last] = memberPos[p];
        unassignedCount++;
        size[t]--;
        int mi = t * m + c.ministryOf(p);
        if (ministryCount[mi] > maxPerMinistry) {
            ministryExcess[t]--;
        }
        if (--ministryCount[mi] == 0) {
            distinct[t]--;
            distinctTotal--;
        }
        int[] ts = c.proposalSkills(t);
        for (int k : c.participantSkills(p)) {
            for (int i = 0; i < ts.length; i++) {
                if (ts[i] == k && --skillCount[skillOffset[t] + i] == 0) {
                    covered[t]--;
                    coveredTotal--;
                }
            }
        }
        choiceSum -= c.choiceScore(p, t);
        for (int q : c.togetherOf(p)) {
            if (teamOf[q] == t) {
                togetherCount--;
            }
        }
        for (int q : c.apartOf(p)) {
            if (teamOf[q] == t) {
                apartClashes--;
            }
        }
        if (c.lockOf(p) == t) {
            lockMisses++;
        }
        if (!c.isAllowed(p, t)) {
            disallowed--;
        }
        if (c.isProposerOf(p, t)) {
            missingProposers[t]++;
        }
        refreshBreach(t);
    }

    private void refreshFree(int t) {
        boolean free = retained[t] && size[t] < c.maxSize(t);
        if (free && freePos[t] < 0) {
            freePos[t] = freeCount;
            freeTeams[freeCount++] = t;
        } else if (!free && freePos[t] >= 0) {
            int last = freeTeams[--freeCount];
            freeTeams[freePos[t]] = last;
            freePos[last] = freePos[t];
            freePos[t] = -1;
        }
    }

    /** After any change to team t (a join, a leave, a retain, a drop): its breaches, and whether it has a free seat. */
    private void refreshBreach(int t) {
        refreshFree(t);
        int b = 0;
        if (retained[t]) {
            b = Math.max(0, c.minSize(t) - size[t]) + Math.max(0, size[t] - c.maxSize(t))
                    + Math.max(0, minDistinct - distinct[t]) + ministryExcess[t] + missingProposers[t];
        }
        teamBreachTotal += b - teamBreach[t];
        teamBreach[t] = b;
    }

    // ---- reading ---------------------------------------------------------------------------

    /** The current score (spec §4). */
    public long total() {
        return choiceSum + (long) w.unassigned() * unassignedCount + (long) w.skillCovered() * coveredTotal
                + (long) w.extraMinistry() * (distinctTotal - (long) minDistinct * retainedCount)
                + (long) w.together() * togetherCount;
    }

    /**
     * What the solver maximises: the score, less the stability weight for each person moved away from
     * the current board on a re-run (equal to {@link #total()} on a first run).
     */
    public long objective() {
        return total() - (long) c.stabilityWeight() * moved;
    }

    /** People placed elsewhere than on the current board of a re-run (0 on a first run). */
    public int movedCount() {
        return moved;
    }

    public ScoreParts parts() {
        return ScoreParts.of(choiceSum, (long) w.unassigned() * unassignedCount,
                (long) w.skillCovered() * coveredTotal,
                (long) w.extraMinistry() * (distinctTotal - (long) minDistinct * retainedCount),
                (long) w.together() * togetherCount);
    }

    /**
     * How far the plan is from keeping every rule: 0 when H1–H8 all hold. Each missing or extra
     * member, missing ministry, ministry seat over the cap, absent proposer, unmet lock, placement
     * outside one's choices, apart pair together and team over {@code maxTeams} counts one.
     */
    public long breaches() {
        return teamBreachTotal + Math.max(0, retainedCount - maxTeams) + lockMisses + disallowed + apartClashes;
    }

    public boolean feasible() {
        return breaches() == 0;
    }

    /** Breaches that belong to team t alone (H2, H3, H4, H6); 0 for a team that is not retained. */
    public int teamBreaches(int t) {
        return teamBreach[t];
    }

    public int teamOf(int p) {
        return teamOf[p];
    }

    public boolean isRetained(int t) {
        return retained[t];
    }

    public int retainedCount() {
        return retainedCount;
    }

    public int unassignedCount() {
        return unassignedCount;
    }

    public int size(int t) {
        return size[t];
    }

    /** Distinct top-level ministries in team t. */
    public int distinctMinistries(int t) {
        return distinct[t];
    }

    /** Members of team t from top-level ministry index mi. */
    public int ministryCount(int t, int mi) {
        return ministryCount[t * m + mi];
    }

    /** Number of t's skills held by at least one member. */
    public int coveredSkills(int t) {
        return covered[t];
    }

    /** Whether skill number i of proposal t (in {@link CompiledInstance#proposalSkills}) is covered. */
    public boolean isSkillCovered(int t, int i) {
        return skillCount[skillOffset[t] + i] > 0;
    }

    public int missingProposers(int t) {
        return missingProposers[t];
    }

    /** A copy of the assignment: proposal index per participant, -1 when unassigned. */
    public int[] assignment() {
        return teamOf.clone();
    }

    public boolean[] retainedTeams() {
        return retained.clone();
    }

    /** Members of team t, sorted by participant index (a copy). */
    public int[] membersArray(int t) {
        int[] out = Arrays.copyOf(members[t], size[t]);
        Arrays.sort(out);
        return out;
    }

    /** How many retained teams are below their maximum size. */
    public int freeTeamCount() {
        return freeCount;
    }

    /** The i-th retained team below its maximum size (0 ≤ i &lt; {@link #freeTeamCount()}), in no particular order. */
    public int freeTeam(int i) {
        return freeTeams[i];
    }

    /** The i-th member of team t (0 ≤ i &lt; size), in no particular order: O(1), for the local search. */
    public int member(int t, int i) {
        return members[t][i];
    }

    /** The score change if p moved to t (-1: unassigned), without changing the state. */
    public long deltaIfMoved(int p, int t) {
        int from = teamOf[p];
        if (from == t) {
            return 0;
        }
        boolean wasRetained = t >= 0 && retained[t];
        long before = total();
        move(p, t);
        long after = total();
        move(p, from);
        if (t >= 0 && !wasRetained) {
            drop(t);
        }
        return after - before;
    }
}
