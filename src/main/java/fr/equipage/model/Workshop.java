package fr.equipage.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A launch day or a later workshop; participants, proposals and plans belong to one. {@code contact}
 * is the mailbox the published project list gives for questions ("" when none is set yet).
 */
public record Workshop(long id, String name, LocalDate date, String place, String contact) {
    public Workshop {
        Objects.requireNonNull(name, "name");
        place = place == null ? "" : place;
        contact = contact == null ? "" : contact.strip();
    }

    public Workshop(long id, String name, LocalDate date, String place) {
        this(id, name, date, place, "");
    }

    public Workshop withContact(String newContact) {
        return new Workshop(id, name, date, place, newContact);
    }
}
