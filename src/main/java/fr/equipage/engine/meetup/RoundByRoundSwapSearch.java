package fr.equipage.engine.meetup;

import fr.equipage.model.MeetupInstance;
import fr.equipage.model.Schedule;
import java.time.Duration;
import java.util.SplittableRandom;

/**
 * What simple group-mixing tools do: each round in turn gets a random split, then random swaps of
 * two people are kept when they do not lower the score given the rounds before; earlier rounds are
 * never revisited. Each round gets an equal share of the work limit.
 *
 * <p>Alone it is the benchmark's yardstick. It is also the scheduler's start when affinities count:
 * measured on 300 people × 10 rounds, with equal work it ends about 3 % higher than the same swaps
 * made on the whole season from the start — the best pairs meet in the first rounds and nothing has
 * to be undone for them — so the whole-season search starts from it and goes on from there.
 */
public final class RoundByRoundSwapSearch {
    private RoundByRoundSwapSearch() {
    }

    public static MeetupResult schedule(MeetupInstance instance, MeetupOptions o) {
        long start = System.nanoTime();
        MeetupProblem p = MeetupProblem.of(instance);
        Budget all = new Budget(o.maxWork(), start + o.timeLimit().toNanos(), o.cancel());
        MeetupState s = build(p, all, new SplittableRandom(o.seed()));
        Schedule schedule = s.toSchedule();
        return new MeetupResult(schedule, MeetupRules.check(instance, schedule), false,
                Duration.ofNanos(System.nanoTime() - start), "round-by-round", o.cancel().isCancelled());
    }

    /** Places every round in turn, each with an equal share of what is left of the budget. */
    static MeetupState build(MeetupProblem p, Budget all, SplittableRandom rnd) {
        return build(p, all, rnd, 0);
    }

    /**
     * The same with simulated annealing in each round when {@code temperature} &gt; 0: a swap that
     * lowers the score by Δ is kept with probability exp(−Δ/T), T falling geometrically to a
     * hundredth of {@code temperature} over the round's share.
     */
    static MeetupState build(MeetupProblem p, Budget all, SplittableRandom rnd, double temperature) {
        MeetupState s = new MeetupState(p);
        for (int r = 0; r < p.rounds; r++) {
            placeRandomly(s, r, rnd);
            Budget round = all.share(1.0 / (p.rounds - r));
            if (temperature > 0) {
                // The last tenth of the round's share is left to plain descent.
                improve(s, r, round.share(0.9), rnd, temperature);
            }
            improve(s, r, round, rnd, 0);
        }
        return s;
    }

    /** Random swaps in round r, kept when they do not lower the score, until {@code round} is spent. */
    static void descend(MeetupState s, int r, Budget round, SplittableRandom rnd) {
        improve(s, r, round, rnd, 0);
    }

    /** Random swaps in round r, annealed from temperature t0 (plain descent when 0), until {@code round} is spent. */
    private static void improve(MeetupState s, int r, Budget round, SplittableRandom rnd, double t0) {
        int[] present = s.p.present[r];
        double t = t0;
        long steps = 0;
        while (s.groups[r].length > 1 && !round.exhausted()) {
            if (t0 > 0 && (++steps & 1023) == 1) {
                t = t0 * Math.pow(0.01, round.fractionUsed());
            }
            int a = present[rnd.nextInt(present.length)];
            int b = present[rnd.nextInt(present.length)];
            int ga = s.groupOf[r][a];
            int gb = s.groupOf[r][b];
            if (ga == gb) {
                continue;
            }
            long d = s.swapDelta(r, a, b);
            round.spend(s.groups[r][ga].length + s.groups[r][gb].length);
            if (d >= 0 || (t0 > 0 && d > -30 * t && rnd.nextDouble() < Math.exp(d / t))) {
                s.swap(r, a, b);
            }
        }
    }

    static void placeRandomly(MeetupState s, int r, SplittableRandom rnd) {
        int[] people = s.p.present[r].clone();
        GreedyStart.shuffle(people, rnd);
        int[] sizes = s.p.sizes[r];
        int[][] groups = new int[sizes.length][];
        int at = 0;
        for (int g = 0; g < sizes.length; g++) {
            groups[g] = java.util.Arrays.copyOfRange(people, at, at + sizes[g]);
            at += sizes[g];
        }
        s.place(r, groups);
    }
}
