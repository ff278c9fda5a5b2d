package fr.equipage.engine.meetup;

import fr.equipage.engine.CancelToken;
import fr.equipage.engine.Progress;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How to plan meet-ups: a wall-clock {@code timeLimit}, a {@code seed}, a progress listener (called
 * from the search's thread), a {@link CancelToken}, and {@code maxWork}, the search's work limit in
 * swap evaluations. The search stops on its work limit (by default derived from the time limit), so
 * the same seed gives the same schedule on any machine unless the wall clock, kept as a safety net,
 * or Cancel cuts first.
 */
public record MeetupOptions(Duration timeLimit, long seed, Consumer<Progress> progress, CancelToken cancel, long maxWork) {
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    /**
     * Swap evaluations per second of time limit: a little under what one core does here while the
     * machine is busy, so that the work limit, not the clock, ends a search (measured 40–50 M/s on an idle core, 15–25 M/s with the machine shared by other builds).
     */
    public static final long WORK_PER_SECOND = 12_000_000L;

    public MeetupOptions {
        timeLimit = timeLimit == null ? DEFAULT_TIME_LIMIT : timeLimit;
        progress = progress == null ? p -> { } : progress;
        cancel = cancel == null ? new CancelToken() : cancel;
        maxWork = maxWork > 0 ? maxWork : Math.max(1, (long) (timeLimit.toMillis() / 1000.0 * WORK_PER_SECOND));
    }

    public static MeetupOptions defaults() {
        return new MeetupOptions(DEFAULT_TIME_LIMIT, 1, null, null, 0);
    }

    /** The time limit, and the work limit that goes with it. */
    public MeetupOptions withTimeLimit(Duration d) {
        return new MeetupOptions(Objects.requireNonNull(d), seed, progress, cancel, 0);
    }

    public MeetupOptions withSeed(long s) {
        return new MeetupOptions(timeLimit, s, progress, cancel, maxWork);
    }

    public MeetupOptions withProgress(Consumer<Progress> listener) {
        return new MeetupOptions(timeLimit, seed, listener, cancel, maxWork);
    }

    public MeetupOptions withCancel(CancelToken token) {
        return new MeetupOptions(timeLimit, seed, progress, token, maxWork);
    }

    /** A work limit of its own (tests: a small one, reached long before the clock). */
    public MeetupOptions withMaxWork(long units) {
        return new MeetupOptions(timeLimit, seed, progress, cancel, units);
    }
}
