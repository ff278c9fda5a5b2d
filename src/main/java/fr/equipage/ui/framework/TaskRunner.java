package fr.equipage.ui.framework;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Runs database work off the FX thread, one job at a time and in order (so that an edit and its
 * undo are saved in the order the organiser made them), then hands the result back on the FX thread.
 * Long computations (the engine) use their own javafx.concurrent.Task with progress and cancel.
 */
public final class TaskRunner implements AutoCloseable {
    private final ExecutorService db = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "equipage-db");
        t.setDaemon(true);
        return t;
    });
    private final ExecutorService compute = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "equipage-compute");
        t.setDaemon(true);
        return t;
    });
    private final Consumer<Throwable> onError;

    public TaskRunner(Consumer<Throwable> onError) {
        this.onError = onError;
    }

    /** Runs {@code work} on the database thread; {@code then} gets its result on the FX thread. */
    public <T> void run(Callable<T> work, Consumer<T> then) {
        db.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> then.accept(result));
            } catch (Throwable e) {
                Platform.runLater(() -> onError.accept(e));
            }
        });
    }

    /** Runs a long computation (not touching the database) off the FX thread. */
    public void compute(Runnable work) {
        compute.submit(work);
    }

    /** Waits for pending saves: called before the application exits so nothing is lost. */
    @Override
    public void close() {
        db.shutdown();
        compute.shutdownNow();
        try {
            db.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
