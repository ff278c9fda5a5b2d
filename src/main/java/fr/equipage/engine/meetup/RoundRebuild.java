package fr.equipage.engine.meetup;

import java.util.SplittableRandom;

/**
 * Large-neighbourhood search by rounds: one round at a time is taken apart and built again from a
 * random split by swaps, now given every other round of the season — later ones included, which a
 * round-by-round tool never sees — and kept when the season scores at least as well.
 */
final class RoundRebuild {
    private RoundRebuild() {
    }

    static void run(MeetupState s, Budget budget, SplittableRandom rnd, Runnable onImprovement) {
        MeetupProblem p = s.p;
        int[] rounds = java.util.stream.IntStream.range(0, p.rounds)
                .filter(r -> s.placed(r) && s.groups[r].length >= 2).toArray();
        if (rounds.length == 0) {
            return;
        }
        // Each rebuild gets about what one round got in the round-by-round start.
        long slice = Math.max(1000, budget.left() / Math.max(1, 2L * rounds.length));
        int k = 0;
        while (!budget.exhausted()) {
            int r = rounds[k++ % rounds.length];
            long before = s.objective();
            int[][] old = s.snapshot()[r];
            s.unplace(r);
            RoundByRoundSwapSearch.placeRandomly(s, r, rnd);
            RoundByRoundSwapSearch.descend(s, r, budget.slice(slice), rnd);
            if (s.objective() < before) {
                s.unplace(r);
                s.place(r, old);
            } else if (s.objective() > before) {
                onImprovement.run();
            }
        }
    }
}
