package fr.equipage.engine.meetup;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Whole-season tabu search over swaps of two people of different groups of one round (which keeps
 * rule M1), after Dotú &amp; Van Hentenryck's local search for the social golfer problem: while
 * conflicts remain (a pair meeting twice, an {@code apart} pair together), each step makes the best
 * non-tabu swap of a person in conflict, in a round where the conflict happens, even when it
 * worsens; undoing a swap is tabu for a few steps. With no conflict left, steps take one person at
 * random and improve ministry mixing and affinities (or the search stops, see
 * {@link #untilConflictFree}, and the {@link Annealer} goes on). After a long stall the search returns to its best schedule and perturbs it with a few
 * random swaps.
 */
final class TabuSearch {
    /** Conflicts looked at per step (all of them on small seasons). */
    private static final int SAMPLE = 16;
    /** Undoing a swap stays tabu for 5 to 30 steps (measured on 8-4-9: shorter or person-based tenures cycle). */
    private static final int TENURE_MIN = 5;
    private static final int TENURE_SPREAD = 26;

    private final MeetupState s;
    private final MeetupProblem p;
    private final SplittableRandom rnd;
    private final Budget budget;
    private final long bound;
    private final Consumer<MeetupState> onBest;
    /** Swaps made recently, as (round, pair) keys, with the step until which undoing them is tabu. */
    private final java.util.HashMap<Long, Integer> tabuUntil = new java.util.HashMap<>();
    private final int[] swappableRounds;
    private long current;
    private long best;
    private int[][][] bestSnapshot;
    private boolean bestIsCurrent = true;
    /** The best move of the step being chosen, and how many moves tie with it. */
    private long moveD;
    private int moveR;
    private int moveA;
    private int moveB;
    private int ties;
    private boolean untilConflictFree;

    /**
     * @param bound  an upper bound of the objective: the search stops on reaching it
     * @param onBest called with the state each time it becomes the best so far
     */
    TabuSearch(MeetupState s, SplittableRandom rnd, Budget budget, long bound, Consumer<MeetupState> onBest) {
        this.s = s;
        this.p = s.p;
        this.rnd = rnd;
        this.budget = budget;
        this.bound = bound;
        this.onBest = onBest;
        int count = 0;
        int[] rounds = new int[p.rounds];
        for (int r = 0; r < p.rounds; r++) {
            if (s.placed(r) && s.groups[r].length >= 2) {
                rounds[count++] = r;
            }
        }
        swappableRounds = Arrays.copyOf(rounds, count);
    }

    /** Makes {@link #run} stop as soon as no conflict is left (then the annealer takes over). */
    TabuSearch untilConflictFree() {
        untilConflictFree = true;
        return this;
    }

    /** Runs until the budget is spent or the bound reached; leaves the best schedule found in the state. */
    void run() {
        current = s.objective();
        best = current;
        if (swappableRounds.length == 0 || best >= bound) {
            return;
        }
        int maxStall = Math.max(3000, 30 * p.n);
        int stall = 0;
        int it = 0;
        while (!budget.exhausted()) {
            it++;
            if (s.conflicts.size() == 0 && untilConflictFree) {
                break;
            }
            if (!step(it)) {
                continue;
            }
            if (current > best) {
                best = current;
                bestIsCurrent = true;
                stall = 0;
                onBest.accept(s);
                if (best >= bound) {
                    break;
                }
            } else if (++stall > maxStall) {
                restoreBest();
                perturb();
                stall = 0;
            }
        }
        restoreBest();
    }

    /** Chooses and makes one move; false when every candidate move is tabu. */
    private boolean step(int it) {
        PairSet c = s.conflicts;
        moveD = Long.MIN_VALUE;
        moveA = -1;
        ties = 0;
        if (c.size() == 0) {
            int r = swappableRounds[rnd.nextInt(swappableRounds.length)];
            bestSwapOf(r, p.present[r][rnd.nextInt(p.present[r].length)], it);
        } else {
            int picks = Math.min(SAMPLE, c.size());
            for (int k = 0; k < picks; k++) {
                int pair = picks == c.size() ? k : rnd.nextInt(c.size());
                int i = c.first(pair);
                int j = c.second(pair);
                int r = roundWhereTheyMeet(i, j);
                if (r >= 0) {
                    bestSwapOf(r, i, it);
                    bestSwapOf(r, j, it);
                }
            }
        }
        if (moveA < 0) {
            return false;
        }
        apply(moveR, moveA, moveB, moveD);
        int tenure = TENURE_MIN + rnd.nextInt(TENURE_SPREAD);
        if (tabuUntil.size() > 100_000) {
            tabuUntil.values().removeIf(until -> until <= it);
        }
        tabuUntil.put(key(moveR, moveA, moveB), it + tenure);
        return true;
    }

    private long key(int r, int a, int b) {
        return ((long) r * p.n + Math.min(a, b)) * p.n + Math.max(a, b);
    }

    /** A round where i and j share a group, at random among them; -1 if none. */
    private int roundWhereTheyMeet(int i, int j) {
        int chosen = -1;
        int seen = 0;
        for (int r : swappableRounds) {
            int g = s.groupOf[r][i];
            if (g >= 0 && g == s.groupOf[r][j] && rnd.nextInt(++seen) == 0) {
                chosen = r;
            }
        }
        return chosen;
    }

    /** Considers every swap of person a with someone of another group of round r; keeps the best non-tabu one. */
    private void bestSwapOf(int r, int a, int it) {
        int ga = s.groupOf[r][a];
        int[][] groups = s.groups[r];
        int[] own = groups[ga];
        long leaveA = s.leaveValue(r, a);
        long work = 0;
        for (int g = 0; g < groups.length; g++) {
            if (g == ga) {
                continue;
            }
            int[] other = groups[g];
            long joinA = s.joinValue(r, a, g);
            for (int b : other) {
                long d = joinA - s.addValue(a, b) - leaveA;
                for (int x : own) {
                    if (x != a) {
                        d += s.addValue(b, x);
                    }
                }
                for (int x : other) {
                    if (x != b) {
                        d -= s.removeValue(b, x);
                    }
                }
                work += own.length + other.length;
                // Tabu unless it leads to a new best (aspiration).
                if (current + d <= best && tabuUntil.getOrDefault(key(r, a, b), 0) > it) {
                    continue;
                }
                if (d > moveD) {
                    moveD = d;
                    moveR = r;
                    moveA = a;
                    moveB = b;
                    ties = 1;
                } else if (d == moveD && rnd.nextInt(++ties) == 0) {
                    moveR = r;
                    moveA = a;
                    moveB = b;
                }
            }
        }
        budget.spend(work);
    }

    private void apply(int r, int a, int b, long d) {
        if (bestIsCurrent && d <= 0) {
            // Leaving the best schedule: keep it (taken lazily, as most steps improve at first).
            bestSnapshot = s.snapshot();
            bestIsCurrent = false;
        }
        s.swap(r, a, b);
        current += d;
        if (d > 0 && current > best) {
            bestIsCurrent = true;
        }
    }

    private void restoreBest() {
        if (!bestIsCurrent && bestSnapshot != null) {
            s.restore(bestSnapshot);
            current = s.objective();
            bestIsCurrent = true;
        }
    }

    private void perturb() {
        int swaps = 2 + rnd.nextInt(4);
        for (int k = 0; k < swaps; k++) {
            int r = swappableRounds[rnd.nextInt(swappableRounds.length)];
            int[] present = p.present[r];
            int a = present[rnd.nextInt(present.length)];
            int b = present[rnd.nextInt(present.length)];
            if (s.groupOf[r][a] != s.groupOf[r][b]) {
                apply(r, a, b, s.swapDelta(r, a, b));
            }
        }
    }
}
