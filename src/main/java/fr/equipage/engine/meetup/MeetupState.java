package fr.equipage.engine.meetup;

import fr.equipage.model.MeetupScore;
import fr.equipage.model.Round;
import fr.equipage.model.Schedule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A schedule under search, with its score parts kept up to date move by move. Rounds are placed
 * whole (their group sizes are those of rule M1) and then changed only by swapping two people of
 * different groups of one round, which keeps M1. {@code met[i·n+j]} counts the meetings of the
 * pair in placed rounds, plus one when they met before the season; a meeting is a repeat when the
 * pair had met already, so the repeats of a pair are max(0, met − 1) whatever the rounds' order.
 * Pairs with a repeat or an {@code apart} pair sharing a group are kept in a {@link PairSet} so that
 * the search can go straight to them.
 */
final class MeetupState {
    /** What an apart pair sharing a group costs in the search: more than any schedule can gain. */
    static final long APART_PENALTY = 1_000_000_000L;

    final MeetupProblem p;
    private final int n;
    /** groups[r][g]: the people of group g in round r; null while round r is not placed. */
    final int[][][] groups;
    final int[][] groupOf;
    final int[][] slotOf;
    final short[] met;
    final PairSet conflicts;
    long repeats;
    long sameMinistry;
    long sharedInterest;
    long knowHow;
    long apartMeetings;

    MeetupState(MeetupProblem p) {
        this.p = p;
        this.n = p.n;
        groups = new int[p.rounds][][];
        groupOf = new int[p.rounds][n];
        slotOf = new int[p.rounds][n];
        for (int[] g : groupOf) {
            Arrays.fill(g, -1);
        }
        met = new short[n * n];
        for (int k = 0; k < n * n; k++) {
            met[k] = (short) (p.history[k] ? 1 : 0);
        }
        conflicts = new PairSet(n);
    }

    /** The state of a schedule that keeps rule M1 (round numbers 1..rounds, known ids). */
    static MeetupState of(MeetupProblem p, Schedule schedule) {
        MeetupState s = new MeetupState(p);
        for (Round round : schedule.rounds()) {
            int[][] g = round.groups().stream()
                    .map(ids -> ids.stream().mapToInt(id -> p.index.get(id)).toArray()).toArray(int[][]::new);
            s.place(round.number() - 1, g);
        }
        return s;
    }

    MeetupState copy() {
        MeetupState c = new MeetupState(p);
        for (int r = 0; r < p.rounds; r++) {
            if (groups[r] != null) {
                c.place(r, groups[r]);
            }
        }
        return c;
    }

    /** Places round r (not placed yet) with these groups. */
    void place(int r, int[][] roundGroups) {
        if (groups[r] != null) {
            throw new IllegalStateException("tour déjà placé : " + (r + 1));
        }
        groups[r] = new int[roundGroups.length][];
        for (int g = 0; g < roundGroups.length; g++) {
            int[] members = roundGroups[g].clone();
            groups[r][g] = members;
            for (int s = 0; s < members.length; s++) {
                groupOf[r][members[s]] = g;
                slotOf[r][members[s]] = s;
                for (int t = 0; t < s; t++) {
                    meet(members[s], members[t], +1);
                }
            }
        }
    }

    /** Removes round r's groups (it becomes unplaced). */
    void unplace(int r) {
        for (int[] members : groups[r]) {
            for (int s = 0; s < members.length; s++) {
                groupOf[r][members[s]] = -1;
                for (int t = 0; t < s; t++) {
                    meet(members[s], members[t], -1);
                }
            }
        }
        groups[r] = null;
    }

    boolean placed(int r) {
        return groups[r] != null;
    }

    private void meet(int i, int j, int d) {
        int k = i * n + j;
        int before = met[k];
        int after = before + d;
        met[k] = (short) after;
        met[j * n + i] = (short) after;
        repeats += Math.max(0, after - 1) - Math.max(0, before - 1);
        if (p.sameMinistry[k]) {
            sameMinistry += d;
        }
        sharedInterest += d * p.sharedInterest[k];
        knowHow += d * p.knowHow[k];
        boolean apart = p.apart[k];
        if (apart) {
            apartMeetings += d;
        }
        int hist = p.history[k] ? 1 : 0;
        conflicts.set(i, j, after >= 2 || (apart && after - hist >= 1));
    }

    /** The objective the search maximises: the spec's total, minus a prohibitive cost per breach of M2. */
    long objective() {
        return p.w.repeat() * repeats + p.w.sameMinistry() * sameMinistry + p.w.sharedInterest() * sharedInterest
                + p.w.knowHow() * knowHow - APART_PENALTY * apartMeetings;
    }

    MeetupScore score() {
        return MeetupScore.of(p.w.repeat() * repeats, p.w.sameMinistry() * sameMinistry,
                p.w.sharedInterest() * sharedInterest, p.w.knowHow() * knowHow, repeats);
    }

    /** What the pair adds to the objective by meeting once more. */
    long addValue(int i, int j) {
        int k = i * n + j;
        return p.affinity[k] + (met[k] >= 1 ? p.w.repeat() : 0) - (p.apart[k] ? APART_PENALTY : 0);
    }

    /** What the pair takes from the objective by meeting once less (they meet now). */
    long removeValue(int i, int j) {
        int k = i * n + j;
        return p.affinity[k] + (met[k] >= 2 ? p.w.repeat() : 0) - (p.apart[k] ? APART_PENALTY : 0);
    }

    /** Σ of removeValue(a, x) over a's groupmates in round r. */
    long leaveValue(int r, int a) {
        long v = 0;
        for (int x : groups[r][groupOf[r][a]]) {
            if (x != a) {
                v += removeValue(a, x);
            }
        }
        return v;
    }

    /** Σ of addValue(a, x) over the people of group g of round r. */
    long joinValue(int r, int a, int g) {
        long v = 0;
        for (int x : groups[r][g]) {
            if (x != a) {
                v += addValue(a, x);
            }
        }
        return v;
    }

    /** Objective change if a and b (in different groups of round r) swapped. */
    long swapDelta(int r, int a, int b) {
        int ga = groupOf[r][a];
        int gb = groupOf[r][b];
        long d = 0;
        for (int x : groups[r][gb]) {
            if (x != b) {
                d += addValue(a, x) - removeValue(b, x);
            }
        }
        for (int x : groups[r][ga]) {
            if (x != a) {
                d += addValue(b, x) - removeValue(a, x);
            }
        }
        return d;
    }

    void swap(int r, int a, int b) {
        int ga = groupOf[r][a];
        int gb = groupOf[r][b];
        int sa = slotOf[r][a];
        int sb = slotOf[r][b];
        for (int x : groups[r][ga]) {
            if (x != a) {
                meet(a, x, -1);
                meet(b, x, +1);
            }
        }
        for (int x : groups[r][gb]) {
            if (x != b) {
                meet(b, x, -1);
                meet(a, x, +1);
            }
        }
        groups[r][ga][sa] = b;
        groups[r][gb][sb] = a;
        groupOf[r][a] = gb;
        groupOf[r][b] = ga;
        slotOf[r][a] = sb;
        slotOf[r][b] = sa;
    }

    /** The rounds as int arrays, to restore later with {@link #restore}. */
    int[][][] snapshot() {
        int[][][] s = new int[p.rounds][][];
        for (int r = 0; r < p.rounds; r++) {
            if (groups[r] != null) {
                s[r] = new int[groups[r].length][];
                for (int g = 0; g < groups[r].length; g++) {
                    s[r][g] = groups[r][g].clone();
                }
            }
        }
        return s;
    }

    void restore(int[][][] snapshot) {
        for (int r = 0; r < p.rounds; r++) {
            if (groups[r] != null) {
                unplace(r);
            }
            if (snapshot[r] != null) {
                place(r, snapshot[r]);
            }
        }
    }

    Schedule toSchedule() {
        List<Round> rounds = new ArrayList<>();
        for (int r = 0; r < p.rounds; r++) {
            List<List<String>> gs = new ArrayList<>();
            if (groups[r] != null) {
                for (int[] g : groups[r]) {
                    gs.add(Arrays.stream(g).mapToObj(i -> p.ids[i]).toList());
                }
            }
            rounds.add(new Round(r + 1, gs));
        }
        return new Schedule(rounds, score());
    }
}
