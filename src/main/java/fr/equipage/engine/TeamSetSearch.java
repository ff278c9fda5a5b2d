package fr.equipage.engine;

import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Which proposals become teams, searched one exchange at a time: close a retained team, open
 * another, let the flow place everyone on the new teams ({@link FlowStart}), keep the exchange when
 * the plan scores more. The team to close is drawn among the retained ones by how little its members
 * wanted it, the one to open by how much it was wanted. A try takes about 40 ms at 1,000 people, 75 ms
 * when the new set is placed at least as well as the current one and the climb follows.
 *
 * <p>Why: on open workshops the annealing improves placements but rarely the teams themselves (a
 * team opened must fill to its minimum at once). Measured at 1,000 open (seed 1), on one core: 4 s
 * of exchanges took the flow's plan from 8,678 to 8,792. Below about 400 people the greedy plan's
 * teams are already the right ones and exchanges seldom find better (0 of 6 workshops of 400 in 30 tries). Once the
 * sampled LP's rounding has come, one annealing from it does better than more rounds ({@link Solver}).
 */
final class TeamSetSearch {
    /** The longest search for exchanges in one round of {@link #rounds}. */
    static final long ROUND_NANOS = 1_200_000_000L;
    /** The annealing's moves in the first round (about 0.3 s at 1,000 people), doubled each round up to the next. */
    static final long ROUND_MOVES = 200_000;
    static final long MAX_ROUND_MOVES = 6_400_000L;
    private final CompiledInstance c;
    private final LocalSearch ls;
    private final Random rnd;
    private final long[] demand;

    /** {@code ls}: the search's annealing, also used to make the flow's plans feasible (counted work, no randomness). */
    TeamSetSearch(CompiledInstance c, LocalSearch ls, long seed) {
        this.c = c;
        this.ls = ls;
        this.rnd = new Random(seed);
        demand = new long[c.proposalCount()];
        for (int p = 0; p < c.participantCount(); p++) {
            for (int t : c.choices(p)) {
                demand[t] += c.choiceScore(p, t);
            }
        }
    }

    /**
     * Rounds until {@code until} ({@link System#nanoTime()}) or {@code stop}: team exchanges from the best plan (half
     * the time left, at most {@link #ROUND_NANOS}), then the annealing ({@link #ROUND_MOVES}) and the
     * targeted climb on what they found. Each better plan goes to {@code onBetter}; returns the best (a copy).
     *
     * <p>Why rounds: the annealing opens and closes teams too, so exchanges from its plan find new ones. Measured at
     * 1,000 open in 4.5 s, seed 2: 8,503 (flow) → 8,718, 8,775, 8,799, 8,818 after each round. The annealing doubles
     * each round (seeds 1–3 at 5 s: 8,814, 8,843, 8,865 against 8,821, 8,781, 8,855 with 200,000 moves every round).
     */
    ScoreState rounds(ScoreState start, long until, BooleanSupplier stop, Consumer<ScoreState> onBetter) {
        ScoreState best = start.copy();
        BooleanSupplier over = () -> stop.getAsBoolean() || System.nanoTime() > until;
        long moves = ROUND_MOVES;
        while (!over.getAsBoolean()) {
            long setsUntil = System.nanoTime() + Math.min(ROUND_NANOS, (until - System.nanoTime()) / 2);
            ScoreState[] round = {best.copy()};
            improve(round[0], Long.MAX_VALUE, () -> over.getAsBoolean() || System.nanoTime() > setsUntil, x -> {
                round[0] = x.copy();
                onBetter.accept(x);
            });
            // The annealing leaves the best plan it saw, at worst the round's (feasible) start.
            ScoreState x = round[0];
            ls.improve(x, moves, until, over, onBetter);
            moves = Math.min(2 * moves, MAX_ROUND_MOVES);
            FlowStart.climb(c, x, stop);
            if (x.feasible() && x.objective() > best.objective()) {
                best = x.copy();
                onBetter.accept(best);
            }
        }
        return best;
    }

    /** Tries up to {@code tries} exchanges on the feasible {@code start} until {@code stop}, reporting each better plan. */
    void improve(ScoreState start, long tries, BooleanSupplier stop, Consumer<ScoreState> onBetter) {
        ScoreState current = start;
        // Exchanges are screened on the flow's plan before the climb (half the time of a try): only a set placed at
        // least as well as the current one is climbed. Measured at 1,000 open, seeds 1–3, 2 s: 8,778, 8,768, 8,798
        // against 8,760, 8,686, 8,771 climbing every try; 5 s: 8,832, 8,806, 8,874 against 8,794, 8,778, 8,866.
        ScoreState currentPlaced = FlowStart.placed(c, start.retainedTeams(), ls, stop);
        long placedFloor = currentPlaced == null ? Long.MIN_VALUE : currentPlaced.objective();
        for (long k = 0; k < tries && !stop.getAsBoolean(); k++) {
            boolean[] open = current.retainedTeams();
            int close = pickToClose(current);
            int add = pickToOpen(open);
            if (close < 0 || add < 0) {
                return;
            }
            open[close] = false;
            open[add] = true;
            ScoreState next = FlowStart.placed(c, open, ls, stop);
            if (next == null || !next.feasible() || next.objective() < placedFloor) {
                continue;
            }
            long placedValue = next.objective();
            FlowStart.climb(c, next, stop);
            if (next.objective() > current.objective()) {
                current = next;
                placedFloor = placedValue;
                onBetter.accept(next);
            }
        }
    }

    /** A retained team nobody is locked in, drawn with weight 1 / (1 + what its members score there). */
    private int pickToClose(ScoreState s) {
        double total = 0;
        double[] w = new double[c.proposalCount()];
        for (int t = 0; t < w.length; t++) {
            if (s.isRetained(t) && c.lockedIn(t).length == 0) {
                long wanted = 0;
                for (int p : s.membersArray(t)) {
                    wanted += c.choiceScore(p, t);
                }
                w[t] = 1.0 / (1 + wanted);
                total += w[t];
            }
        }
        return draw(w, total);
    }

    /** A proposal not retained, drawn with weight 1 + the choice points people gave it. */
    private int pickToOpen(boolean[] open) {
        double total = 0;
        double[] w = new double[c.proposalCount()];
        for (int t = 0; t < w.length; t++) {
            if (!open[t]) {
                w[t] = 1 + demand[t];
                total += w[t];
            }
        }
        return draw(w, total);
    }

    private int draw(double[] w, double total) {
        if (total <= 0) {
            return -1;
        }
        double r = rnd.nextDouble() * total;
        int last = -1;
        for (int t = 0; t < w.length; t++) {
            if (w[t] > 0) {
                last = t;
                r -= w[t];
                if (r < 0) {
                    return t;
                }
            }
        }
        return last;
    }
}
