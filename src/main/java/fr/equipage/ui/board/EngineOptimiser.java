package fr.equipage.ui.board;

import fr.equipage.engine.CancelToken;
import fr.equipage.engine.Infeasibility;
import fr.equipage.engine.SolveOptions;
import fr.equipage.engine.SolveResult;
import fr.equipage.engine.Solver;
import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
import java.time.Duration;

/**
 * The engine's {@link Solver} behind the board's {@link PlanOptimiser} seam. Deterministic mode is
 * left on: the same workshop gives the same teams when optimised again, which the room expects.
 */
final class EngineOptimiser implements PlanOptimiser {
    @Override
    public Outcome optimise(Instance instance, Duration timeLimit, Progress progress, CancelToken cancel) {
        return optimise(instance, null, timeLimit, progress, cancel);
    }

    @Override
    public Outcome optimise(Instance instance, Plan current, Duration timeLimit, Progress progress, CancelToken cancel) {
        SolveResult r = Solver.solve(instance, SolveOptions.defaults().withTimeLimit(timeLimit).withCancel(cancel)
                .withStart(current)
                .withProgress(p -> progress.report(p.bestScore(), p.bound(), p.elapsed().toMillis())));
        if (r.feasible()) {
            return new Outcome(r.plan(), null, null);
        }
        return new Outcome(r.plan(), r.infeasibility().map(Infeasibility::message).orElse(""),
                r.infeasibility().map(Infeasibility::messageEn).orElse(""));
    }
}
