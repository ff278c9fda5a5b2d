package fr.equipage.model;

import java.util.List;
import java.util.Objects;

/** A retained proposal and its members (participant ids). */
public record Team(String proposal, List<String> members) {
    public Team {
        Objects.requireNonNull(proposal, "proposal");
        members = List.copyOf(members == null ? List.of() : members);
    }
}
