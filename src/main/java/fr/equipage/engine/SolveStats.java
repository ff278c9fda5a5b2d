package fr.equipage.engine;

import java.time.Duration;

/**
 * How a solve went: time to the first feasible plan (null if none), to the returned plan, in
 * total; which method produced the plan ("cp-sat", "heuristic"); whether CP-SAT was available;
 * whether the search was cancelled or stopped by the time limit; on a re-run, how many people the
 * plan moves away from the current board (0 on a first run).
 */
public record SolveStats(Duration timeToFirstPlan, Duration timeToBestPlan, Duration total, String method,
                         boolean cpSatAvailable, boolean cancelled, boolean timedOut, int moved) {
}
