package fr.equipage.engine;

import java.time.Duration;

/**
 * A solve's progress for the UI: the best feasible score so far (null before any), the proven
 * upper bound (null when not known yet), the time elapsed, and the phase ("heuristic", "cp-sat",
 * "explaining").
 */
public record Progress(Long bestScore, Long bound, Duration elapsed, String phase) {
    /** The relative gap (bound − best) / |bound| in percent, or null when either is unknown. */
    public Double gapPercent() {
        return bestScore == null || bound == null ? null
                : 100.0 * (bound - bestScore) / Math.max(1, Math.abs(bound));
    }
}
