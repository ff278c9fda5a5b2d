package fr.equipage.engine;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * The LP relaxation solved on its own daemon thread, so that the local search runs meanwhile. Its
 * time limit is its own; {@link #await} returns its result (null when it failed, took too long or on cancel).
 */
final class LpTask {
    /**
     * How long past its deadline a solve still waits for the LP. The LP solver keeps its own time limit only
     * roughly: measured at 300 open, load 12, 8.4 s for a 2.85-s limit, which held the whole solve.
     */
    static final long GRACE_NANOS = 300_000_000L;
    private final CompletableFuture<LpBound.Result> result = new CompletableFuture<>();

    private LpTask() {
    }

    /** {@code beside}: the search keeps the other core busy meanwhile (see {@link LpBound#of(CompiledInstance, double, boolean)}). */
    static LpTask start(CompiledInstance c, double seconds, boolean beside) {
        return start(() -> LpBound.of(c, seconds, beside));
    }

    /** Any solve of a relaxation (the LP on a sample of pairs, {@link SampledLp}), on its own thread. */
    static LpTask start(Supplier<LpBound.Result> solve) {
        LpTask task = new LpTask();
        Thread t = new Thread(() -> {
            try {
                task.result.complete(solve.get());
            } catch (Throwable e) {
                // No LP bound is not fatal: CP-SAT and the heuristic still give a plan and a bound.
                task.result.complete(null);
            }
        }, "equipage-lp");
        t.setDaemon(true);
        t.start();
        return task;
    }

    boolean isDone() {
        return result.isDone();
    }

    /** Waits for the result until {@code until} ({@link System#nanoTime()}); null past it, or on cancel. */
    LpBound.Result await(CancelToken cancel, long until) {
        while (true) {
            try {
                return result.get(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                if (cancel.isCancelled() || System.nanoTime() > until) {
                    return null;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            } catch (ExecutionException e) {
                return null;
            }
        }
    }
}
