package fr.equipage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * A pure-Java heuristic: a greedy construction ({@link GreedyConstruction}) that gives a plan in
 * milliseconds, then simulated annealing on the incremental {@link ScoreState} with moves, swaps and team closings, penalising
 * rule breaches. It warm-starts CP-SAT and replaces it when the native library cannot load.
 *
 * <p>Deterministic for a seed: its work is counted in moves, not in time; a deadline or a cancel
 * only cuts it short.
 */
final class LocalSearch {
    private final CompiledInstance c;
    private final Random rnd;
    private final GreedyConstruction greedy;
    private final boolean[] forced;
    private final boolean[] movable;
    private final long penalty;
    /**
     * Per proposal, its movable candidates by how much they want it (ties by index), built at its first opening: sorting
     * them at every opening took 40 % of the annealing's time on open workshops, where everyone is a candidate.
     */
    private final int[][] byWish;
    /** Where the annealing starts: hot from a greedy plan, cooler from a plan already good (the flow's). */
    double startTemperature = 4.0;

    LocalSearch(CompiledInstance c, long seed) {
        this.c = c;
        this.rnd = new Random(seed);
        // One random stream for both parts, so that a seed gives the same plans as before the split.
        greedy = new GreedyConstruction(c, rnd);
        forced = greedy.forced;
        movable = greedy.movable;
        byWish = new int[c.proposalCount()][];
        var w = c.weights();
        long maxChoice = w.choice().stream().mapToLong(Math::abs).max().orElse(0);
        // One breach must cost more than anything a single move can gain.
        penalty = 2 * (maxChoice + Math.abs(w.unassigned()) + Math.abs(w.skillCovered()) * 2L
                + Math.abs(w.extraMinistry()) * 2L + Math.abs(w.together()) * 2L + c.stabilityWeight()) + 1;
    }

    /** A plan built greedily (see {@link GreedyConstruction#construct()}). */
    ScoreState construct() {
        return greedy.construct();
    }

    /** A plan rounded from the LP relaxation (see {@link GreedyConstruction#constructFrom}). */
    ScoreState constructFrom(double[] y, double[][] x) {
        return greedy.constructFrom(y, x);
    }

    /** Makes the plan feasible where it can (see {@link GreedyConstruction#sanitize}). */
    void sanitize(ScoreState s) {
        greedy.sanitize(s);
    }

    // ---- simulated annealing ----------------------------------------------------------------

    private long value(ScoreState s) {
        return s.objective() - penalty * s.breaches();
    }

    /**
     * Improves s in place for {@code moves} tries (or until {@code stop}), reporting each new best
     * feasible plan to {@code onBest}; leaves s holding the best plan found (feasible if any was).
     */
    void improve(ScoreState s, long moves, BooleanSupplier stop, Consumer<ScoreState> onBest) {
        improve(s, moves, Long.MAX_VALUE, stop, onBest);
    }

    /**
     * The annealing cooled by the wall clock alone, until {@code until} ({@link System#nanoTime()}) or {@code stop}:
     * where the plan depends on the clock anyway, one slow cooling does more than short ones in turn (see
     * {@link Solver}'s sampled path).
     */
    void anneal(ScoreState s, long until, BooleanSupplier stop, Consumer<ScoreState> onBest) {
        improve(s, Long.MAX_VALUE, until, stop, onBest);
    }

    /**
     * As {@link #improve(ScoreState, long, BooleanSupplier, Consumer)}, cooling by whichever runs out
     * first, the moves or the wall time until {@code coolBy} ({@link System#nanoTime()}), and stopping
     * there. Where the moves run out first (a free machine) the plan is the same as without it; on a
     * loaded one the annealing still ends cold instead of being cut short while hot (measured at 300
     * open, 3 s, load 6: cut hot, 2,415–2,461; cold on a free machine, 2,645).
     */
    void improve(ScoreState s, long moves, long coolBy, BooleanSupplier stop, Consumer<ScoreState> onBest) {
        int n = c.participantCount();
        long begin = System.nanoTime();
        double timeFraction = 0;
        if (n == 0) {
            return;
        }
        int[] bestTeamOf = s.assignment();
        boolean[] bestRetained = s.retainedTeams();
        long bestValue = value(s);
        long current = bestValue;
        long lastSnapshot = -n;
        double t0 = startTemperature;
        double t1 = 0.05;
        for (long k = 0; k < moves; k++) {
            if ((k & 1023) == 0) {
                if (stop.getAsBoolean()) {
                    break;
                }
                if (coolBy != Long.MAX_VALUE) {
                    timeFraction = (System.nanoTime() - begin) / (double) Math.max(1, coolBy - begin);
                    if (timeFraction >= 1) {
                        break;
                    }
                }
            }
            double temperature = t0 * Math.pow(t1 / t0, Math.max(k / (double) moves, timeFraction));
            long delta = tryMove(s, current, temperature);
            current += delta;
            // Snapshots cost O(n): take one at most every n moves, and at the end keep the better.
            if (current > bestValue && k - lastSnapshot >= n) {
                bestValue = current;
                bestTeamOf = s.assignment();
                bestRetained = s.retainedTeams();
                lastSnapshot = k;
                if (s.feasible()) {
                    onBest.accept(s);
                }
            }
        }
        if (current >= bestValue) {
            if (s.feasible()) {
                onBest.accept(s);
            }
            return;
        }
        restore(s, bestTeamOf, bestRetained);
    }

    private void restore(ScoreState s, int[] teamOf, boolean[] retained) {
        for (int t = 0; t < retained.length; t++) {
            if (s.isRetained(t) && !retained[t]) {
                s.drop(t);
            }
        }
        for (int p = 0; p < teamOf.length; p++) {
            s.move(p, -1);
        }
        for (int t = 0; t < retained.length; t++) {
            if (retained[t]) {
                s.retain(t);
            }
        }
        for (int p = 0; p < teamOf.length; p++) {
            s.move(p, teamOf[p]);
        }
    }

    /** Tries one random move; keeps it (returning the value change) or undoes it (returning 0). */
    private long tryMove(ScoreState s, long current, double temperature) {
        int kind = rnd.nextInt(100);
        if (kind < 2) {
            return tryCloseOrOpen(s, current, temperature);
        }
        int p = rnd.nextInt(c.participantCount());
        if (!movable[p]) {
            return 0;
        }
        int from = s.teamOf(p);
        int[] allowed = c.allowed(p);
        if (allowed.length == 0) {
            return 0;
        }
        int[] chosen = c.choices(p);
        int to;
        if (chosen.length > 0 && allowed.length > 2 * chosen.length && rnd.nextBoolean()) {
            // Open workshops: most allowed teams score nothing for p; half the tries go to its choices.
            to = chosen[rnd.nextInt(chosen.length)];
        } else {
            to = rnd.nextInt(allowed.length + 1) == allowed.length ? -1 : allowed[rnd.nextInt(allowed.length)];
        }
        if (to == from || (to >= 0 && !s.isRetained(to))) {
            return 0;
        }
        if (kind < 35 && to >= 0 && !greedy.fits(s, p, to)) {
            return tryEject(s, current, temperature, p, from, to);
        }
        if (kind < 50 || to < 0 || s.size(to) == 0) {
            s.move(p, to);
            return acceptOrUndo(s, current, temperature, () -> s.move(p, from));
        }
        int q = s.member(to, rnd.nextInt(s.size(to)));
        if (!movable[q] || (from >= 0 && !c.isAllowed(q, from))) {
            return 0;
        }
        s.swap(p, q);
        return acceptOrUndo(s, current, temperature, () -> s.swap(p, q));
    }

    /**
     * An ejection chain of length two: p takes a seat in t that some member q blocks (same ministry
     * at the cap, apart partner, or a full team), and q moves to its best other fitting team or out.
     */
    private long tryEject(ScoreState s, long current, double temperature, int p, int from, int to) {
        int q = blocker(s, p, to);
        if (q < 0 || !movable[q] || c.isProposerOf(q, to)) {
            return 0;
        }
        s.move(q, -1);
        s.move(q, bestFitting(s, q, to));
        s.move(p, to);
        return acceptOrUndo(s, current, temperature, () -> {
            s.move(p, from);
            s.move(q, to);
        });
    }

    private int blocker(ScoreState s, int p, int t) {
        for (int q : c.apartOf(p)) {
            if (s.teamOf(q) == t) {
                return q;
            }
        }
        int size = s.size(t);
        if (size == 0) {
            return -1;
        }
        boolean capped = s.ministryCount(t, c.ministryOf(p)) >= c.settings().maxPerMinistry();
        int start = rnd.nextInt(size);
        for (int i = 0; i < size; i++) {
            int q = s.member(t, (start + i) % size);
            if (!capped || c.ministryOf(q) == c.ministryOf(p)) {
                return q;
            }
        }
        return -1;
    }

    private long acceptOrUndo(ScoreState s, long current, double temperature, Runnable undo) {
        long delta = value(s) - current;
        if (delta >= 0 || rnd.nextDouble() < Math.exp(delta / temperature)) {
            return delta;
        }
        undo.run();
        return 0;
    }

    /**
     * Closes a random unforced team (its members go to their best fitting other team), or opens one;
     * when {@code maxTeams} teams are already retained, opening replaces a random retained team (on
     * open workshops, which proposals become teams matters most: their sizes decide who gets a seat).
     */
    private long tryCloseOrOpen(ScoreState s, long current, double temperature) {
        int t = rnd.nextInt(c.proposalCount());
        if (forced[t]) {
            return 0;
        }
        List<int[]> undo = new ArrayList<>();
        int closed = -1;
        boolean opened = false;
        if (s.isRetained(t)) {
            closed = t;
            close(s, t, undo);
        } else {
            if (!greedy.openable(s, t)) {
                return 0;
            }
            if (s.retainedCount() >= c.settings().maxTeams()) {
                int u = rnd.nextInt(c.proposalCount());
                if (!s.isRetained(u) || forced[u]) {
                    return 0;
                }
                closed = u;
                close(s, u, undo);
                if (!greedy.openable(s, t)) {
                    s.retain(u);
                    revert(s, undo);
                    return 0;
                }
            }
            opened = true;
            open(s, t, undo);
        }
        int reopen = closed;
        boolean drop = opened;
        return acceptOrUndo(s, current, temperature, () -> {
            if (reopen >= 0) {
                s.retain(reopen);
            }
            revert(s, undo);
            if (drop) {
                s.drop(t);
            }
        });
    }

    private static void revert(ScoreState s, List<int[]> undo) {
        for (int i = undo.size() - 1; i >= 0; i--) {
            s.move(undo.get(i)[0], undo.get(i)[1]);
        }
    }

    /** Drops t; each member goes to its best fitting other team, or stays unassigned. */
    private void close(ScoreState s, int t, List<int[]> undo) {
        int[] members = s.membersArray(t);
        for (int p : members) {
            undo.add(new int[] {p, t});
        }
        s.drop(t);
        for (int p : members) {
            s.move(p, bestFitting(s, p, -1));
        }
    }

    /**
     * The fitting allowed team other than {@code not} that p wants most (the lowest index of equals), or -1. Only a team
     * with a free seat fits: those are scanned when fewer than p's allowed teams (on open workshops, a few of 200).
     */
    private int bestFitting(ScoreState s, int p, int not) {
        int[] allowed = c.allowed(p);
        int[] weight = c.allowedWeight(p);
        int best = -1;
        int bestScore = Integer.MIN_VALUE;
        if (s.freeTeamCount() < allowed.length) {
            for (int k = 0; k < s.freeTeamCount(); k++) {
                int t = s.freeTeam(k);
                int i = c.allowedIndex(p, t);
                if (i >= 0 && (weight[i] > bestScore || weight[i] == bestScore && t < best) && t != not && greedy.fits(s, p, t)) {
                    bestScore = weight[i];
                    best = t;
                }
            }
            return best;
        }
        for (int i = 0; i < allowed.length; i++) {
            if (weight[i] > bestScore && allowed[i] != not && greedy.fits(s, p, allowed[i])) {
                bestScore = weight[i];
                best = allowed[i];
            }
        }
        return best;
    }

    /** Retains t with its proposers, seats unassigned candidates up to its maximum, then others up to mid-size. */
    private void open(ScoreState s, int t, List<int[]> undo) {
        s.retain(t);
        for (int p : c.proposersOf(t)) {
            undo.add(new int[] {p, s.teamOf(p)});
            s.move(p, t);
        }
        int[] cands = byWish(t);
        for (int p : cands) {
            if (s.size(t) >= c.maxSize(t)) {
                break;
            }
            if (s.teamOf(p) < 0 && greedy.fits(s, p, t)) {
                undo.add(new int[] {p, -1});
                s.move(p, t);
            }
        }
        for (int p : cands) {
            if (s.size(t) >= (c.minSize(t) + c.maxSize(t) + 1) / 2) {
                break;
            }
            int from = s.teamOf(p);
            if (from != t && greedy.fits(s, p, t) && (from < 0 || s.size(from) > c.minSize(from)) && !isProposerIn(p, from)) {
                undo.add(new int[] {p, from});
                s.move(p, t);
            }
        }
    }

    private int[] byWish(int t) {
        if (byWish[t] == null) {
            byWish[t] = Arrays.stream(c.candidates(t)).filter(p -> movable[p]).boxed()
                    .sorted((a, b) -> Integer.compare(c.choiceScore(b, t), c.choiceScore(a, t)))
                    .mapToInt(Integer::intValue).toArray();
        }
        return byWish[t];
    }

    private boolean isProposerIn(int p, int t) {
        return t >= 0 && c.isProposerOf(p, t);
    }
}
