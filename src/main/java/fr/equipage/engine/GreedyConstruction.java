package fr.equipage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The greedy part of the heuristic: a plan in milliseconds, built from scratch (the most wanted
 * proposals, filled by rank rounds) or rounded from the LP relaxation, then repaired until it keeps
 * every rule it can without moving a locked participant. Also the placement tests the local search
 * shares ({@link #fits}, {@link #openable}).
 */
final class GreedyConstruction {
    private final CompiledInstance c;
    private final Random rnd;
    /** Proposals that must be retained (someone is locked in them). */
    final boolean[] forced;
    /** Participants the heuristic may move (not locked). */
    final boolean[] movable;
    private final int[][] byScore;

    GreedyConstruction(CompiledInstance c, Random rnd) {
        this.c = c;
        this.rnd = rnd;
        forced = new boolean[c.proposalCount()];
        for (int t = 0; t < forced.length; t++) {
            forced[t] = c.lockedIn(t).length > 0;
        }
        byScore = new int[c.participantCount()][];
        movable = new boolean[c.participantCount()];
        for (int p = 0; p < movable.length; p++) {
            movable[p] = c.lockOf(p) < 0;
        }
    }

    /** A plan built greedily: locked teams, then the most wanted proposals, filled by rank rounds, then repaired. */
    ScoreState construct() {
        ScoreState s = withLockedTeams();
        openMostWanted(s);
        placeProposers(s);
        return filledAndRepaired(s);
    }

    /**
     * A plan rounded from a solution of the linear relaxation ({@link LpBound}): the proposals the
     * LP retains most, each participant in the team the LP puts most of it in, then the greedy fill
     * and repair of {@link #construct()}.
     */
    ScoreState constructFrom(double[] y, double[][] x) {
        ScoreState s = withLockedTeams();
        Integer[] order = new Integer[c.proposalCount()];
        for (int t = 0; t < order.length; t++) {
            order[t] = t;
        }
        Arrays.sort(order, (a, b) -> Double.compare(y[b], y[a]));
        for (int t : order) {
            if (y[t] < 0.5 || s.retainedCount() >= c.settings().maxTeams()) {
                break;
            }
            if (!s.isRetained(t) && openable(s, t)) {
                s.retain(t);
            }
        }
        seatEnough(s, y);
        placeProposers(s);
        List<long[]> pairs = new ArrayList<>();
        for (int p = 0; p < c.participantCount(); p++) {
            for (int i = 0; i < x[p].length; i++) {
                if (x[p][i] > 0.05) {
                    pairs.add(new long[] {Math.round(x[p][i] * 1e6), p, c.allowed(p)[i]});
                }
            }
        }
        pairs.sort((a, b) -> Long.compare(b[0], a[0]));
        for (long[] e : pairs) {
            int p = (int) e[1];
            int t = (int) e[2];
            if (movable[p] && s.teamOf(p) < 0 && fits(s, p, t)) {
                s.move(p, t);
            }
        }
        return filledAndRepaired(s);
    }

    /**
     * Makes the retained teams seat as many people as the LP's teams do, at most everyone: rounded by y alone they
     * may seat fewer, and on open workshops where every seat is taken the search seldom gets the missing seats back
     * (450 open, seed 1: 448 seats for 450 people, two left out after 5 s of search, the optimum seats everyone).
     * Opens the next most retained proposals while {@code maxTeams} allows, then exchanges a retained team for a larger
     * one, each time the exchange that loses the least y.
     */
    private void seatEnough(ScoreState s, double[] y) {
        double lpSeats = 0;
        long seats = 0;
        for (int t = 0; t < y.length; t++) {
            lpSeats += y[t] * c.maxSize(t);
            if (s.isRetained(t)) {
                seats += c.maxSize(t);
            }
        }
        long target = Math.min(c.participantCount(), (long) Math.ceil(lpSeats - 1e-6));
        while (seats < target) {
            int add = -1;
            int drop = -1;
            double loss = Double.MAX_VALUE;
            for (int b = 0; b < y.length; b++) {
                if (s.isRetained(b)) {
                    continue;
                }
                if (s.retainedCount() < c.settings().maxTeams()) {
                    if (openable(s, b) && -y[b] < loss) {
                        loss = -y[b];
                        add = b;
                    }
                    continue;
                }
                for (int a = 0; a < y.length; a++) {
                    if (s.isRetained(a) && !forced[a] && c.maxSize(b) > c.maxSize(a) && y[a] - y[b] < loss) {
                        // Unforced teams are still empty here: dropping one for a moment moves nobody.
                        s.drop(a);
                        if (openable(s, b)) {
                            loss = y[a] - y[b];
                            add = b;
                            drop = a;
                        }
                        s.retain(a);
                    }
                }
            }
            if (add < 0) {
                return;
            }
            if (drop >= 0) {
                s.drop(drop);
                seats -= c.maxSize(drop);
            }
            s.retain(add);
            seats += c.maxSize(add);
        }
    }

    /** The plan with only the teams someone is locked in, and those people in them. */
    private ScoreState withLockedTeams() {
        ScoreState s = new ScoreState(c);
        for (int t = 0; t < forced.length; t++) {
            if (forced[t]) {
                s.retain(t);
                for (int p : c.lockedIn(t)) {
                    s.move(p, t);
                }
            }
        }
        return s;
    }

    /** Fills by rank rounds, repairs (at most four rounds) and sanitises: the common end of both constructions. */
    private ScoreState filledAndRepaired(ScoreState s) {
        fillByRank(s);
        for (int round = 0; round < 4; round++) {
            if (!repair(s)) {
                break;
            }
            fillByRank(s);
        }
        sanitize(s);
        return s;
    }

    /**
     * Makes the plan feasible when it can without moving a locked participant: separates apart pairs
     * and drops every unforced team that still breaks a rule (its members become unassigned, which
     * breaks nothing), until nothing changes. Counted work only, so the result never depends on time.
     */
    void sanitize(ScoreState s) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int[] pair : c.apartPairs()) {
                int t = s.teamOf(pair[0]);
                if (t >= 0 && t == s.teamOf(pair[1])) {
                    for (int p : pair) {
                        if (movable[p] && !c.isProposerOf(p, t) && s.teamOf(p) == t) {
                            s.move(p, -1);
                            changed = true;
                            break;
                        }
                    }
                    if (s.teamOf(pair[0]) == s.teamOf(pair[1]) && !forced[t]) {
                        s.drop(t);
                        changed = true;
                    }
                }
            }
            for (int t = 0; t < c.proposalCount(); t++) {
                if (s.isRetained(t) && s.teamBreaches(t) > 0 && !forced[t]) {
                    s.drop(t);
                    changed = true;
                }
            }
        }
        // Proposers freed by a drop may now fill someone else's team; only where it breaks nothing.
        fillByRank(s);
    }

    private void openMostWanted(ScoreState s) {
        int teams = c.proposalCount();
        double[] demand = new double[teams];
        for (int p = 0; p < c.participantCount(); p++) {
            int[] allowed = c.allowed(p);
            for (int i = 0; i < allowed.length; i++) {
                demand[allowed[i]] += Math.max(0, c.allowedWeight(p)[i] - c.weights().unassigned()) / (double) allowed.length;
            }
        }
        Integer[] order = new Integer[teams];
        for (int t = 0; t < teams; t++) {
            order[t] = t;
        }
        Integer[] bySize = order.clone();
        Arrays.sort(bySize, (a, b) -> Integer.compare(c.maxSize(b), c.maxSize(a)));
        long capacity = 0;
        for (int k = 0; k < Math.min(teams, c.settings().maxTeams()); k++) {
            capacity += c.maxSize(bySize[k]);
        }
        if (!c.settings().onlyChosenProjects() && capacity < c.participantCount() * 11L / 10) {
            // Seats are scarce (measured on open workshops: 28 of 300 left out): a seat is worth what
            // leaving someone out costs, so larger proposals go first. Only when anyone may join any
            // proposal: with chosen projects only, a large proposal few chose cannot fill its seats
            // (measured at 10,000: no feasible first plan at all).
            double seat = Math.max(0, -c.weights().unassigned());
            for (int t = 0; t < teams; t++) {
                demand[t] += seat * c.maxSize(t);
            }
        }
        Arrays.sort(order, (a, b) -> Double.compare(demand[b], demand[a]));
        long seats = 0;
        for (int t = 0; t < teams; t++) {
            if (s.isRetained(t)) {
                seats += (c.minSize(t) + c.maxSize(t)) / 2;
            }
        }
        for (int t : order) {
            if (s.retainedCount() >= c.settings().maxTeams() || seats >= c.participantCount()) {
                break;
            }
            if (!s.isRetained(t) && openable(s, t)) {
                s.retain(t);
                seats += (c.minSize(t) + c.maxSize(t)) / 2;
            }
        }
    }

    /** Whether t could be a team at all: enough candidates, its proposers free to join it. */
    boolean openable(ScoreState s, int t) {
        if (c.candidates(t).length < c.minSize(t)) {
            return false;
        }
        for (int p : c.proposersOf(t)) {
            if (c.lockOf(p) >= 0 && c.lockOf(p) != t) {
                return false;
            }
            for (int u : c.proposedBy(p)) {
                if (u != t && s.isRetained(u)) {
                    return false;
                }
            }
        }
        return true;
    }

    private void placeProposers(ScoreState s) {
        for (int t = 0; t < c.proposalCount(); t++) {
            if (s.isRetained(t)) {
                for (int p : c.proposersOf(t)) {
                    if (movable[p] && s.teamOf(p) < 0) {
                        s.move(p, t);
                    }
                }
            }
        }
    }

    boolean fits(ScoreState s, int p, int t) {
        if (!s.isRetained(t) || s.size(t) >= c.maxSize(t)
                || s.ministryCount(t, c.ministryOf(p)) >= c.settings().maxPerMinistry()) {
            return false;
        }
        for (int q : c.apartOf(p)) {
            if (s.teamOf(q) == t) {
                return false;
            }
        }
        return true;
    }

    /** Serial dictatorship by rounds: everyone's first choice where it fits, then second, and so on. */
    private void fillByRank(ScoreState s) {
        int[] order = shuffledParticipants();
        int rounds = 0;
        for (int p = 0; p < c.participantCount(); p++) {
            rounds = Math.max(rounds, c.allowed(p).length);
        }
        for (int r = 0; r < rounds; r++) {
            for (int p : order) {
                if (s.teamOf(p) >= 0 || !movable[p]) {
                    continue;
                }
                int best = bestFit(s, p, r);
                if (best >= 0) {
                    s.move(p, best);
                }
            }
        }
    }

    /** The fitting allowed team with the r-th best choice score for p, or -1. */
    private int bestFit(ScoreState s, int p, int r) {
        int[] order = byScore(p);
        if (r >= order.length) {
            return -1;
        }
        int t = order[r];
        return fits(s, p, t) ? t : -1;
    }

    /**
     * p's allowed teams by choice score, best first (equals by index), sorted once: the rank rounds asked for them at
     * every round for everyone still out, which on open workshops (200 teams each) made most of the greedy plan's time.
     */
    private int[] byScore(int p) {
        if (byScore[p] == null) {
            int[] allowed = c.allowed(p);
            int[] weights = c.allowedWeight(p);
            Integer[] idx = new Integer[allowed.length];
            for (int i = 0; i < idx.length; i++) {
                idx[i] = i;
            }
            Arrays.sort(idx, (a, b) -> Integer.compare(weights[b], weights[a]));
            byScore[p] = Arrays.stream(idx).mapToInt(i -> allowed[i]).toArray();
        }
        return byScore[p];
    }

    /** Fixes or closes teams that break a rule; true when something changed. */
    private boolean repair(ScoreState s) {
        boolean changed = false;
        for (int t = 0; t < c.proposalCount(); t++) {
            if (!s.isRetained(t) || s.teamBreaches(t) == 0) {
                continue;
            }
            for (int p : c.candidates(t)) {
                if (s.teamBreaches(t) == 0 || s.size(t) >= c.maxSize(t)) {
                    break;
                }
                if (s.teamOf(p) < 0 && movable[p] && fits(s, p, t) && helps(s, p, t)) {
                    s.move(p, t);
                    changed = true;
                }
            }
            if (s.teamBreaches(t) > 0 && !forced[t]) {
                s.drop(t);
                changed = true;
            }
        }
        return changed;
    }

    private boolean helps(ScoreState s, int p, int t) {
        return s.size(t) < c.minSize(t) || s.ministryCount(t, c.ministryOf(p)) == 0;
    }

    private int[] shuffledParticipants() {
        int[] order = new int[c.participantCount()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int x = order[i];
            order[i] = order[j];
            order[j] = x;
        }
        return order;
    }
}
