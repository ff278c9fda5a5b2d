package fr.equipage.ui.board;

import fr.equipage.engine.CancelToken;
import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
import fr.equipage.ui.framework.LatestOnFx;
import fr.equipage.ui.framework.TaskRunner;
import java.time.Duration;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Runs the optimiser on a compute thread and exposes its progress to the screen as properties
 * (FX thread): whether it runs, the elapsed share of the time limit, the best score and the bound.
 * Progress reports are coalesced so that a fast solver cannot flood the FX thread.
 */
final class OptimiseRunner {
    /** The latest progress report. */
    record Progress(Long best, Long bound, long elapsedMillis) {
    }

    private final PlanOptimiser optimiser;
    private final TaskRunner tasks;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty fraction = new SimpleDoubleProperty();
    private final ObjectProperty<Progress> progress = new SimpleObjectProperty<>();
    /** How many optimisations have ended (with a plan or an error). */
    private final javafx.beans.property.IntegerProperty completed = new javafx.beans.property.SimpleIntegerProperty();
    private volatile CancelToken cancel;

    OptimiseRunner(PlanOptimiser optimiser, TaskRunner tasks) {
        this.optimiser = optimiser;
        this.tasks = tasks;
    }

    BooleanProperty runningProperty() {
        return running;
    }

    javafx.beans.property.IntegerProperty completedProperty() {
        return completed;
    }

    DoubleProperty fractionProperty() {
        return fraction;
    }

    ObjectProperty<Progress> progressProperty() {
        return progress;
    }

    /** Starts optimising; {@code done} gets the best plan on the FX thread (also after a cancel). */
    void start(Instance instance, Plan current, Duration limit, Consumer<PlanOptimiser.Outcome> done,
               Consumer<Throwable> failed) {
        if (running.get()) {
            return;
        }
        CancelToken flag = new CancelToken();
        cancel = flag;
        running.set(true);
        fraction.set(0);
        progress.set(null);
        long limitMillis = Math.max(1, limit.toMillis());
        LatestOnFx<Progress> relay = new LatestOnFx<>(p -> {
            progress.set(p);
            fraction.set(Math.min(1.0, (double) p.elapsedMillis() / limitMillis));
        });
        tasks.compute(() -> {
            try {
                PlanOptimiser.Outcome plan = optimiser.optimise(instance, current, limit,
                        (best, bound, elapsed) -> relay.accept(new Progress(best, bound, elapsed)), flag);
                Platform.runLater(() -> {
                    running.set(false);
                    done.accept(plan);
                    completed.set(completed.get() + 1);
                });
            } catch (Throwable e) {
                Platform.runLater(() -> {
                    running.set(false);
                    completed.set(completed.get() + 1);
                    failed.accept(e);
                });
            }
        });
    }

    /** Asks the optimiser to stop; it still hands back its best plan. */
    void cancel() {
        CancelToken c = cancel;
        if (c != null) {
            c.cancel();
        }
    }
}
