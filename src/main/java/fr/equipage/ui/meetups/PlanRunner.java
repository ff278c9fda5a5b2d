package fr.equipage.ui.meetups;

import fr.equipage.engine.CancelToken;
import fr.equipage.engine.Progress;
import fr.equipage.engine.meetup.MeetupOptions;
import fr.equipage.ui.framework.LatestOnFx;
import fr.equipage.ui.framework.TaskRunner;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Runs the meet-up engine on a compute thread and shows its progress to the screen as properties
 * (FX thread): whether it runs, the elapsed share of the time limit, the latest report. Reports are
 * coalesced so that the search cannot flood the FX thread. Cancel keeps the best schedule found.
 */
final class PlanRunner {
    private final TaskRunner tasks;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty fraction = new SimpleDoubleProperty();
    private final ObjectProperty<Progress> progress = new SimpleObjectProperty<>();
    private volatile CancelToken cancel;

    PlanRunner(TaskRunner tasks) {
        this.tasks = tasks;
    }

    BooleanProperty runningProperty() {
        return running;
    }

    DoubleProperty fractionProperty() {
        return fraction;
    }

    ObjectProperty<Progress> progressProperty() {
        return progress;
    }

    /**
     * Runs {@code work} (the service's planning, given the options that carry the time limit, progress
     * and cancel); {@code done} gets its result on the FX thread (also after a cancel).
     */
    <T> void start(Function<MeetupOptions, T> work, Duration limit, Consumer<T> done, Consumer<Throwable> failed) {
        if (running.get()) {
            return;
        }
        CancelToken flag = new CancelToken();
        cancel = flag;
        running.set(true);
        fraction.set(0);
        progress.set(null);
        long limitMillis = Math.max(1, limit.toMillis());
        MeetupOptions options = MeetupOptions.defaults().withTimeLimit(limit).withCancel(flag)
                .withProgress(new LatestOnFx<Progress>(now -> {
                    progress.set(now);
                    fraction.set(Math.min(1.0, (double) now.elapsed().toMillis() / limitMillis));
                }));
        tasks.compute(() -> {
            try {
                T result = work.apply(options);
                Platform.runLater(() -> {
                    running.set(false);
                    done.accept(result);
                });
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    running.set(false);
                    failed.accept(e);
                });
            }
        });
    }

    /** Asks the engine to stop; it still hands back its best schedule. */
    void cancel() {
        CancelToken c = cancel;
        if (c != null) {
            c.cancel();
        }
    }
}
