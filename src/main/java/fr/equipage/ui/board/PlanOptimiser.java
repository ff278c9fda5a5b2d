package fr.equipage.ui.board;

import fr.equipage.engine.CancelToken;
import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
import java.time.Duration;

/**
 * What the board needs from the engine's solver: the best plan it can find within a time limit,
 * keeping the pins, reporting progress, and stopping early (with its best plan so far) when
 * {@code cancel} fires. Runs off the FX thread. A seam so that tests can stand in for the solver.
 */
public interface PlanOptimiser {
    /** Called from the solving thread. {@code best} and {@code bound} are null while unknown. */
    interface Progress {
        void report(Long best, Long bound, long elapsedMillis);
    }

    /**
     * The best plan found (never null; an infeasible plan lists its violations) and, when it is not
     * feasible, why, in French and English (null otherwise).
     */
    record Outcome(Plan plan, String reason, String reasonEn) {
    }

    Outcome optimise(Instance instance, Duration timeLimit, Progress progress, CancelToken cancel) throws Exception;

    /**
     * A re-run from the board's current plan ({@code current}, null on a first run): the engine starts
     * from it and keeps it as stable as the workshop's stability weight asks. Stand-ins may ignore it.
     */
    default Outcome optimise(Instance instance, Plan current, Duration timeLimit, Progress progress, CancelToken cancel)
            throws Exception {
        return optimise(instance, timeLimit, progress, cancel);
    }
}
