package fr.equipage.engine;

/** Enumerates every plan of a tiny instance: each retained set, each placement of each participant. */
final class BruteForce {
    private BruteForce() {
    }

    /** The best feasible total, or null when no plan keeps every rule. */
    static Long optimum(CompiledInstance c) {
        Long[] best = {null};
        forEachFeasible(c, s -> {
            if (best[0] == null || s.total() > best[0]) {
                best[0] = s.total();
            }
        });
        return best[0];
    }

    /** Hands every feasible plan to {@code visit} (the state is fresh each time). */
    static void forEachFeasible(CompiledInstance c, java.util.function.Consumer<ScoreState> visit) {
        int n = c.participantCount();
        int teams = c.proposalCount();
        for (int mask = 0; mask < (1 << teams); mask++) {
            boolean[] retained = new boolean[teams];
            int[] open = new int[Integer.bitCount(mask)];
            for (int t = 0, k = 0; t < teams; t++) {
                if ((mask & (1 << t)) != 0) {
                    retained[t] = true;
                    open[k++] = t;
                }
            }
            int[] digit = new int[n];
            while (true) {
                int[] teamOf = new int[n];
                for (int p = 0; p < n; p++) {
                    teamOf[p] = digit[p] == 0 ? -1 : open[digit[p] - 1];
                }
                ScoreState s = ScoreState.of(c, teamOf, retained);
                if (s.feasible()) {
                    visit.accept(s);
                }
                int p = 0;
                while (p < n && ++digit[p] > open.length) {
                    digit[p++] = 0;
                }
                if (p == n) {
                    break;
                }
            }
        }
    }
}
