package fr.equipage.engine.meetup;

import fr.equipage.model.MeetupScore;
import fr.equipage.model.Schedule;
import java.time.Duration;
import java.util.List;

/**
 * A planned schedule (its score inside), the rules it breaks (empty unless rule M2 cannot be kept,
 * e.g. an {@code apart} pair among the only people of a one-group round), whether the schedule is
 * proven best ({@code optimal}), and how the search went.
 */
public record MeetupResult(Schedule schedule, List<MeetupViolation> violations, boolean optimal, Duration elapsed,
                           String method, boolean cancelled) {
    public MeetupResult {
        violations = List.copyOf(violations);
    }

    public MeetupScore score() {
        return schedule.score();
    }

    public boolean valid() {
        return violations.isEmpty();
    }
}
