package fr.equipage.engine;

import fr.equipage.model.Plan;
import java.util.Optional;

/**
 * What a solve returns: the plan (scored by the {@link Scorer}; when no feasible plan exists,
 * the least-violating one with its violations and {@code feasible=false}), the reason when it is
 * not feasible, and statistics.
 */
public record SolveResult(Plan plan, Optional<Infeasibility> infeasibility, SolveStats stats) {
    public boolean feasible() {
        return plan.feasible();
    }
}
