package fr.equipage.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A project idea pitched at the workshop; it becomes a team if the plan retains it. {@code status}
 * is its season follow-up, with the day it was set ({@code statusDate}, null when unknown) and the
 * organiser's short note.
 */
public record Proposal(String id, String title, String description, String ministry, List<String> skills,
                       int minSize, int maxSize, List<String> proposers, ProposalStatus status,
                       LocalDate statusDate, String statusNote) {
    public static final int DEFAULT_MIN_SIZE = 3;
    public static final int DEFAULT_MAX_SIZE = 8;

    public Proposal {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        skills = List.copyOf(skills == null ? List.of() : skills);
        proposers = List.copyOf(proposers == null ? List.of() : proposers);
        status = status == null ? ProposalStatus.PROPOSED : status;
        statusNote = statusNote == null ? "" : statusNote.strip();
    }

    public Proposal(String id, String title, String description, String ministry, List<String> skills,
                    int minSize, int maxSize, List<String> proposers, ProposalStatus status) {
        this(id, title, description, ministry, skills, minSize, maxSize, proposers, status, null, "");
    }

    public Proposal(String id, String title, String ministry, List<String> skills, int minSize, int maxSize,
                    List<String> proposers) {
        this(id, title, "", ministry, skills, minSize, maxSize, proposers, ProposalStatus.PROPOSED);
    }

    public Proposal withTitle(String newTitle) {
        return new Proposal(id, newTitle, description, ministry, skills, minSize, maxSize, proposers, status, statusDate, statusNote);
    }

    public Proposal withDescription(String newDescription) {
        return new Proposal(id, title, newDescription, ministry, skills, minSize, maxSize, proposers, status, statusDate, statusNote);
    }

    public Proposal withMinistry(String newMinistry) {
        return new Proposal(id, title, description, newMinistry, skills, minSize, maxSize, proposers, status, statusDate, statusNote);
    }

    public Proposal withSkills(List<String> newSkills) {
        return new Proposal(id, title, description, ministry, newSkills, minSize, maxSize, proposers, status, statusDate, statusNote);
    }

    public Proposal withSizes(int newMin, int newMax) {
        return new Proposal(id, title, description, ministry, skills, newMin, newMax, proposers, status, statusDate, statusNote);
    }

    public Proposal withProposers(List<String> newProposers) {
        return new Proposal(id, title, description, ministry, skills, minSize, maxSize, newProposers, status, statusDate, statusNote);
    }

    public Proposal withStatus(ProposalStatus newStatus) {
        return new Proposal(id, title, description, ministry, skills, minSize, maxSize, proposers, newStatus, statusDate, statusNote);
    }

    /** The follow-up as a whole: status, the day it was set and the note. */
    public Proposal withFollowUp(ProposalStatus newStatus, LocalDate date, String note) {
        return new Proposal(id, title, description, ministry, skills, minSize, maxSize, proposers, newStatus, date, note);
    }
}
