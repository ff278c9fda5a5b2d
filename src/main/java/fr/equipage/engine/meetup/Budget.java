package fr.equipage.engine.meetup;

import fr.equipage.engine.CancelToken;

/**
 * When a search must stop: a work limit counted in swap evaluations (the same for a seed on any
 * machine, which makes the result reproducible), a wall-clock deadline kept as a safety net, and
 * the organiser's Cancel. A phase gets a part of a budget ({@link #share}, {@link #slice}); what it
 * spends is spent from the whole too.
 */
final class Budget {
    private final Budget parent;
    private final long maxWork;
    private final long start;
    private final long deadline;
    private final CancelToken cancel;
    private long work;
    private int calls;
    private boolean over;

    Budget(long maxWork, long deadlineNanos, CancelToken cancel) {
        this(null, maxWork, System.nanoTime(), deadlineNanos, cancel);
    }

    private Budget(Budget parent, long maxWork, long start, long deadline, CancelToken cancel) {
        this.parent = parent;
        this.maxWork = maxWork;
        this.start = start;
        this.deadline = deadline;
        this.cancel = cancel;
    }

    /** A part of what is left of this budget, in work and in time. */
    Budget share(double fraction) {
        long now = System.nanoTime();
        return new Budget(this, (long) (left() * fraction), now, now + (long) (Math.max(0, deadline - now) * fraction), cancel);
    }

    /** At most {@code units} of what is left, until this budget's own deadline. */
    Budget slice(long units) {
        return new Budget(this, Math.min(units, left()), System.nanoTime(), deadline, cancel);
    }

    void spend(long units) {
        for (Budget b = this; b != null; b = b.parent) {
            b.work += units;
        }
    }

    long left() {
        return Math.max(0, maxWork - work);
    }

    /** How much of the budget is used, 0 to 1: the larger of work and time. */
    double fractionUsed() {
        double byWork = (double) work / Math.max(1, maxWork);
        double byTime = 1 - (double) Math.max(0, deadline - System.nanoTime()) / Math.max(1, deadline - start);
        return Math.min(1, Math.max(byWork, byTime));
    }

    boolean exhausted() {
        if (over) {
            return true;
        }
        // The clock is read only now and then: it costs more than a swap evaluation.
        if (work >= maxWork || (parent != null && parent.work >= parent.maxWork)
                || ((++calls & 63) == 0 && (System.nanoTime() > deadline || cancel.isCancelled()))) {
            over = true;
        }
        return over;
    }
}
