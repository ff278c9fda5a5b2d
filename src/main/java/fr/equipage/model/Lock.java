package fr.equipage.model;

import java.util.Objects;

/** The organiser's pin: this participant is a member of this proposal's team. */
public record Lock(String participant, String proposal) {
    public Lock {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(proposal, "proposal");
    }
}
