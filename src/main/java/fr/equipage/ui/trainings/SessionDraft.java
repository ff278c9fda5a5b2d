package fr.equipage.ui.trainings;

import java.time.LocalDate;

/**
 * A training session as the form hands it to be saved: its theme, day (null while not fixed),
 * speaker (empty while still to be found), capacity (at least 1), and either the place or, for an
 * online session, its link or platform (both may be empty: given later).
 */
public record SessionDraft(String theme, LocalDate date, String speaker, int capacity, boolean online, String place) {
}
