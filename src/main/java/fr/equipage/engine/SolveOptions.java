package fr.equipage.engine;

import fr.equipage.model.Plan;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to solve: a wall-clock {@code timeLimit}, a {@code seed}, a progress listener (called from
 * the solver's thread: hand over to the UI thread yourself), a {@link CancelToken}, and whether
 * the result must be reproducible. With {@code deterministic} (the default) CP-SAT runs on one
 * worker and stops on a deterministic work limit derived from the time limit, so the same seed
 * gives the same plan on any machine (unless the wall-clock limit, kept as a safety net, cuts
 * first); otherwise it uses {@code workers} threads and the whole wall-clock budget.
 *
 * <p>{@code start} is the organiser's current board on a re-run (null on a first run): the search
 * starts from it, and the workshop's stability weight ({@link fr.equipage.model.Weights#rerunStability()})
 * is given up for each person moved away from it.
 */
public record SolveOptions(Duration timeLimit, long seed, Consumer<Progress> progress, CancelToken cancel,
                           boolean deterministic, int workers, boolean useCpSat, Plan start) {
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    /** The longest limit accepted: a day; anything longer is a typo (minutes or milliseconds taken for seconds). */
    public static final Duration MAX_TIME_LIMIT = Duration.ofHours(24);

    public SolveOptions {
        timeLimit = timeLimit == null ? DEFAULT_TIME_LIMIT : timeLimit;
        if (timeLimit.isNegative() || timeLimit.isZero() || timeLimit.compareTo(MAX_TIME_LIMIT) > 0) {
            // Refused before any search starts: a zero or negative limit would return a truncated plan silently.
            throw new IllegalArgumentException("temps limite hors de ]0 ; 24 h] : " + timeLimit);
        }
        progress = progress == null ? p -> { } : progress;
        cancel = cancel == null ? new CancelToken() : cancel;
        workers = Math.max(1, workers);
    }

    public static SolveOptions defaults() {
        return new SolveOptions(DEFAULT_TIME_LIMIT, 1, null, null, true, 1, true, null);
    }

    public SolveOptions withTimeLimit(Duration d) {
        return new SolveOptions(Objects.requireNonNull(d), seed, progress, cancel, deterministic, workers, useCpSat, start);
    }

    public SolveOptions withSeed(long s) {
        return new SolveOptions(timeLimit, s, progress, cancel, deterministic, workers, useCpSat, start);
    }

    public SolveOptions withProgress(Consumer<Progress> listener) {
        return new SolveOptions(timeLimit, seed, listener, cancel, deterministic, workers, useCpSat, start);
    }

    public SolveOptions withCancel(CancelToken token) {
        return new SolveOptions(timeLimit, seed, progress, token, deterministic, workers, useCpSat, start);
    }

    /** Non-deterministic mode on {@code n} threads, using the whole wall-clock budget. */
    public SolveOptions withWorkers(int n) {
        return new SolveOptions(timeLimit, seed, progress, cancel, false, n, useCpSat, start);
    }

    /** A re-run from the current board {@code current} (null: a first run). */
    public SolveOptions withStart(Plan current) {
        return new SolveOptions(timeLimit, seed, progress, cancel, deterministic, workers, useCpSat, current);
    }

    /** Heuristic only (what happens anyway when the native CP-SAT library cannot load). */
    public SolveOptions withoutCpSat() {
        return new SolveOptions(timeLimit, seed, progress, cancel, deterministic, workers, false, start);
    }
}
