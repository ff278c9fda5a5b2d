package fr.equipage.ui.framework;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Hands the latest of many values reported from a worker thread (an engine's progress) to the FX
 * thread, at most one hand-over pending at a time, so that a fast solver cannot flood the FX thread.
 */
public final class LatestOnFx<T> implements Consumer<T> {
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final Consumer<T> onFx;

    public LatestOnFx(Consumer<T> onFx) {
        this.onFx = onFx;
    }

    @Override
    public void accept(T value) {
        latest.set(value);
        if (scheduled.compareAndSet(false, true)) {
            Platform.runLater(() -> {
                scheduled.set(false);
                onFx.accept(latest.get());
            });
        }
    }
}
