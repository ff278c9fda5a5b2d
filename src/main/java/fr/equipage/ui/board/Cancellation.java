package fr.equipage.ui.board;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The Stop button's signal to a running optimiser: a flag plus listeners told at once. */
public final class Cancellation {
    private volatile boolean cancelled;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void cancel() {
        cancelled = true;
        listeners.forEach(Runnable::run);
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs {@code r} on cancel, at once if already cancelled. */
    public void onCancel(Runnable r) {
        listeners.add(r);
        if (cancelled) {
            r.run();
        }
    }
}
