package fr.equipage.model;

import java.util.List;
import java.util.Objects;

/**
 * A participant of the meet-ups: {@code interests} they like to talk about, know-how they
 * {@code offers} and {@code seeks}, and the 1-based round numbers they will miss ({@code absent}).
 * Tags are free codes compared as exact strings.
 */
public record MeetupPerson(String id, String name, String ministry, List<String> interests, List<String> offers,
                           List<String> seeks, List<Integer> absent) {
    public MeetupPerson {
        Objects.requireNonNull(id, "id");
        name = name == null ? id : name;
        interests = List.copyOf(interests == null ? List.of() : interests);
        offers = List.copyOf(offers == null ? List.of() : offers);
        seeks = List.copyOf(seeks == null ? List.of() : seeks);
        absent = List.copyOf(absent == null ? List.of() : absent);
    }

    /** True when the person attends round {@code round} (1-based). */
    public boolean presentAt(int round) {
        return !absent.contains(round);
    }
}
