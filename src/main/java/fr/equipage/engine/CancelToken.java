package fr.equipage.engine;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Lets another thread (the UI's Cancel button) stop a solve; the solver then returns its best plan so far. */
public final class CancelToken {
    private volatile boolean cancelled;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void cancel() {
        cancelled = true;
        listeners.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code r} on cancel (at once if already cancelled). */
    public void onCancel(Runnable r) {
        listeners.add(r);
        if (cancelled) {
            r.run();
        }
    }

    void remove(Runnable r) {
        listeners.remove(r);
    }
}
