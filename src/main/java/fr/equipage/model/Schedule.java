package fr.equipage.model;

import java.util.List;

/**
 * A meet-up schedule, the spec's {@code equipage-rounds/1}: the rounds in order and, when known,
 * their score (null when read from a file that gives none; checkers always recompute it).
 */
public record Schedule(List<Round> rounds, MeetupScore score) {
    public static final String FORMAT = "equipage-rounds/1";

    public Schedule {
        rounds = List.copyOf(rounds == null ? List.of() : rounds);
    }

    public Schedule withScore(MeetupScore s) {
        return new Schedule(rounds, s);
    }
}
