package fr.equipage.model;

import java.util.Objects;

/** How many rounds the season has, the target group size and the score weights (meetup-model.md §1). */
public record MeetupSettings(int rounds, int groupSize, MeetupWeights weights) {
    public static final MeetupSettings DEFAULT = new MeetupSettings(6, 4, MeetupWeights.DEFAULT);

    public MeetupSettings {
        weights = Objects.requireNonNullElse(weights, MeetupWeights.DEFAULT);
    }

    /** The number of groups of a round where {@code present} people attend (rule M1). */
    public int groupCount(int present) {
        return Math.max(1, present / Math.max(1, groupSize));
    }
}
