package fr.equipage.engine;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * CP-SAT on the support of the LP on a sample of pairs ({@link LpSupportSearch#runOnSupport}), on its own daemon thread
 * once the Lagrangian bound restarted from that LP's multipliers has had its moment on that core: the team-set rounds
 * go on meanwhile on the other one, and each better plan is handed over as soon as found.
 *
 * <p>Why: CP-SAT re-forms teams jointly on the pairs the LP uses (about 1,000 at 450 open, 2,500 at 1,000), where the
 * rounds move one team or one person at a time. Measured at a 5-s limit, seeds 1–3, against the rounds alone: 450
 * open 4,196, 4,127, 4,094 against 4,189, 4,088, 4,047; 600 open 5,488, 5,795, 5,592 against 5,467, 5,767, 5,603;
 * 1,000 open 9,006, 8,958, 9,009 against 8,984, 8,934, 8,987.
 */
final class SupportTask {
    /**
     * The Lagrangian bound's time first: restarted from the LP's multipliers it settles within a second (450 open:
     * within 1 point of its final value after 0.4 s; 1,000 open: 0.8–1.5 s).
     */
    static final double LAGRANGIAN_SECONDS = 0.8;
    private final Thread thread;

    private SupportTask(Runnable body) {
        thread = new Thread(() -> {
            try {
                body.run();
            } catch (RuntimeException e) {
                // No plan from the support is not fatal: the rounds' plan stands.
            }
        }, "equipage-support");
        thread.setDaemon(true);
    }

    /**
     * Whether the search has time enough before {@code until} ({@link System#nanoTime()}), once the Lagrangian bound
     * has had {@link #LAGRANGIAN_SECONDS}.
     */
    static boolean worthIt(long until) {
        return (until - System.nanoTime()) / 1e9 - LAGRANGIAN_SECONDS > LpSupportSearch.MIN_SECONDS;
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
