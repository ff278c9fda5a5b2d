package fr.equipage.model;

import java.time.LocalDate;
import java.util.Objects;

/** A launch day or a later workshop; participants, proposals and plans belong to one. */
public record Workshop(long id, String name, LocalDate date, String place) {
    public Workshop {
        Objects.requireNonNull(name, "name");
        place = place == null ? "" : place;
    }
}
