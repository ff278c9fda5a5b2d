package fr.equipage.model;

import java.time.LocalDate;

/**
 * A training session of the season: a catalogue theme, the day (null while not fixed), the speaker,
 * how many people it takes, and where (a room) or online. {@code id} is local to the workshop and is
 * the session's number for the organiser ("session 3"); 0 for a session not stored yet.
 */
public record TrainingSession(int id, String theme, LocalDate date, String speaker, int capacity, String place,
                              boolean online) {
    public TrainingSession {
        theme = theme == null ? "" : theme.strip();
        speaker = speaker == null ? "" : speaker.strip();
        place = place == null ? "" : place.strip();
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity < 0: " + capacity);
        }
    }

    public TrainingSession withId(int newId) {
        return new TrainingSession(newId, theme, date, speaker, capacity, place, online);
    }

    public TrainingSession withTheme(String newTheme) {
        return new TrainingSession(id, newTheme, date, speaker, capacity, place, online);
    }
}
