package fr.equipage.engine;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * CP-SAT on the support of the LP on a sample of pairs ({@link LpSupportSearch#runOnSupport}), on its own daemon thread
 * once the Lagrangian bound restarted from that LP's multipliers has had its moment on that core: the annealing
 * goes on meanwhile on the other one, and each better plan is handed over as soon as found.
 *
 * <p>Why: CP-SAT re-forms teams jointly on the pairs the LP uses (about 1,000 at 450 open), where the local search
 * moves one team or one person at a time. Measured at a 5-s limit, seeds 4–11, against the team-set rounds alone (before
 * the single annealing from the rounding): 450 open 3,991, 4,212, 3,843, 4,244, 4,111, 3,941, 4,136, 4,114 against
 * 3,935, 4,207, 3,837, 4,222, 4,110, 3,922, 4,113, 4,079 (+21 on average, never less); 600 open −28 to +89 (+11 on
 * average). Beside that annealing its share is smaller: seeds 1–3, 5 s, 450 open +13, +7, +3 and 600 open −27, +8,
 * +12; 3 s, −6 to +7 (within the noise, ±30 there).
 */
final class SupportTask {
    /**
     * The Lagrangian bound's time first: restarted from the LP's multipliers it settles within a second (450 open:
     * within 1 point of its final value after 0.4 s; 1,000 open: 0.8–1.5 s).
     */
    static final double LAGRANGIAN_SECONDS = 0.8;
    /**
     * Not on a larger support: at 1,000 open (2,300–2,400 pairs, seeds 1–3) CP-SAT found nothing better in 3 s, and the
     * Lagrangian bound, stopped after 0.8 s, ended 0.1–0.4 % higher (9,102–9,250 against 9,099–9,214). The sampled LP's
     * support has about 2.3 pairs a participant (450 open: 920–1,180; 750 open: 1,570–2,160). Solved to PDLP_BESIDE's
     * tolerance, fewer: 450 open 730–790, 600 open 1,020–1,260, 1,000 open 1,580–1,940, where at 5 s the bound again
     * ended higher with the search (seed 1: 9,157 and 9,131 against 9,101 and 9,100) for plans within the noise.
     */
    static final int MAX_PAIRS = 1_500;
    private final Thread thread;

    private SupportTask(Runnable body) {
        thread = new Thread(() -> {
            try {
                body.run();
            } catch (RuntimeException e) {
                // No plan from the support is not fatal: the annealing's plan stands.
            }
        }, "equipage-support");
        thread.setDaemon(true);
    }

    /**
     * Whether the search has time enough before {@code until} ({@link System#nanoTime()}), once the Lagrangian bound
     * has had {@link #LAGRANGIAN_SECONDS}, on a support of at most {@link #MAX_PAIRS} pairs.
     */
    static boolean worthIt(double[][] lpX, long until) {
        return (until - System.nanoTime()) / 1e9 - LAGRANGIAN_SECONDS > LpSupportSearch.MIN_SECONDS
                && LpSupportSearch.size(lpX) <= MAX_PAIRS;
    }

    /**
     * After {@code first} ends (a Lagrangian task ending by itself), searches the support of {@code lpX} and the pairs
     * of {@code plans} from the last of them until {@code until}.
     */
    static SupportTask start(CompiledInstance c, double[][] lpX, List<ScoreState> plans, SolveOptions o,
                             LagrangianTask first, long until, Consumer<ScoreState> found, BooleanSupplier closed) {
        SupportTask task = new SupportTask(() -> {
            first.join();
            double seconds = (until - System.nanoTime()) / 1e9;
            if (seconds > LpSupportSearch.MIN_SECONDS && !o.cancel().isCancelled() && !closed.getAsBoolean()) {
                LpSupportSearch.runOnSupport(c, lpX, plans, o, seconds, found, closed);
            }
        });
        task.thread.start();
        return task;
    }

    /** Waits for its end (it keeps its time limit and stops on cancel). */
    void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
