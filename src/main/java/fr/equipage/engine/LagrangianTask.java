package fr.equipage.engine;

import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * The {@link LagrangianBound} on its own daemon thread, so the search goes on meanwhile: each better
 * bound goes to {@code better} as soon as it is found. It ends after its steps, at its deadline, when
 * {@link #stop} is called, or once the bound reaches the target (the best plan is then proven).
 */
final class LagrangianTask {
    /**
     * Past {@link Solver#LP_MAX_PAIRS} it runs on its own thread until the deadline (measured at 1,000 open:
     * 2 ms a step, 2,000 steps within 0.3 % of where 8,000 lead). Not beside the LP from 3,000 people: there
     * it took a core from the LP's two threads, which then missed a 5-s limit (plan 12,578 instead of 16,335).
     */
    static final int STEPS_NO_LP = 20_000;
    private volatile boolean stopped;
    private volatile boolean started;
    private final Thread thread;

    private LagrangianTask(CompiledInstance c, LpBound.Duals duals, LongSupplier target, int steps, long deadline,
            LongConsumer better, long notBefore, BooleanSupplier skip) {
        thread = new Thread(() -> {
            try {
                if (!waitUntil(notBefore, skip)) {
                    return;
                }
                started = true;
                BooleanSupplier stop = () -> stopped || System.nanoTime() > deadline;
                if (duals == null) {
                    LagrangianBound.of(c, target, steps, stop, better);
                } else {
                    LagrangianBound.from(c, duals, target, steps, stop, better);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // No Lagrangian bound is not fatal: the search goes on, and the final bound falls back to the quick one.
            }
        }, "equipage-lagrangian");
        thread.setDaemon(true);
    }

    /** Starts it; {@code target} is read at each step (the best plan's score, which rises meanwhile). */
    static LagrangianTask start(CompiledInstance c, LongSupplier target, int steps, long deadline, LongConsumer better) {
        return start(c, null, target, steps, deadline, better);
    }

    /** As above, from an LP's multipliers ({@link LagrangianBound#from}); from the usual start when null. */
    static LagrangianTask start(CompiledInstance c, LpBound.Duals duals, LongSupplier target, int steps, long deadline,
            LongConsumer better) {
        LagrangianTask task = new LagrangianTask(c, duals, target, steps, deadline, better, 0, () -> false);
        task.thread.start();
        return task;
    }

    /**
     * From the usual start at {@code notBefore} ({@link System#nanoTime()}), unless {@code skip} holds by then: a bound
     * in case an LP, whose multipliers it would rather start from, overruns its time.
     */
    static LagrangianTask startAfter(CompiledInstance c, LongSupplier target, int steps, long deadline, LongConsumer better,
            long notBefore, BooleanSupplier skip) {
        LagrangianTask task = new LagrangianTask(c, null, target, steps, deadline, better, notBefore, skip);
        task.thread.start();
        return task;
    }

    /** Whether to run: false when stopped or skipped before {@code notBefore}. */
    private boolean waitUntil(long notBefore, BooleanSupplier skip) throws InterruptedException {
        while (System.nanoTime() < notBefore) {
            if (stopped || skip.getAsBoolean()) {
                return false;
            }
            Thread.sleep(10);
        }
        return !stopped && !skip.getAsBoolean();
    }

    /** Stops it and waits for its current step, so that no bound arrives after the result is returned. */
    void stop() {
        stopped = true;
        join();
    }

    /** Waits for its end (its steps, deadline or target), without stopping it. */
    void join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether it has begun its steps (a task of {@link #startAfter} may still be waiting, or never run). */
    boolean started() {
        return started;
    }
}
