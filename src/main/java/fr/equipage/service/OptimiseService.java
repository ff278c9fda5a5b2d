package fr.equipage.service;

import fr.equipage.engine.InstanceValidator;
import fr.equipage.engine.SolveOptions;
import fr.equipage.engine.SolveResult;
import fr.equipage.engine.Solver;
import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
import fr.equipage.model.Problem;
import fr.equipage.store.Store;
import java.util.List;

/** Forms the teams of a stored workshop and keeps the plan when it respects every rule. */
public final class OptimiseService {
    private final Store store;

    OptimiseService(Store store) {
        this.store = store;
    }

    /**
     * The outcome: the problems that kept the solver from starting, or its result; {@code rerun} when
     * it started from the workshop's current plan, with {@code stability} points per person moved.
     */
    public record Outcome(List<Problem> problems, SolveResult result, boolean rerun, int stability) {
        public boolean invalid() {
            return !problems.isEmpty();
        }
    }

    /**
     * Validates the workshop, solves it, and saves the plan as the current one only when it is
     * feasible: a failed or refused run leaves the stored plan as it was. A workshop that already has
     * a current plan is re-optimised from it (warm start, stability weight).
     */
    public Outcome optimise(long workshop, SolveOptions options) {
        Instance instance = store.tx(c -> store.loadInstance(c, workshop));
        List<Problem> problems = InstanceValidator.validate(instance);
        if (!problems.isEmpty()) {
            return new Outcome(problems, null, false, 0);
        }
        Plan current = options.start() != null ? options.start() : store.tx(c -> store.plans.current(c, workshop)).orElse(null);
        SolveResult r = Solver.solve(instance, options.withStart(current));
        if (r.plan().feasible()) {
            store.run(c -> store.saveCurrentPlan(c, workshop, r.plan()));
        }
        return new Outcome(List.of(), r, current != null, instance.settings().weights().rerunStability());
    }
}
