package fr.equipage.model;

import java.util.List;
import java.util.Objects;

/** A project idea pitched at the workshop; it becomes a team if the plan retains it. */
public record Proposal(String id, String title, String description, String ministry, List<String> skills,
                       int minSize, int maxSize, List<String> proposers, ProposalStatus status) {
    public static final int DEFAULT_MIN_SIZE = 3;
    public static final int DEFAULT_MAX_SIZE = 8;

    public Proposal {
        Objects.requireNonNull(id, "id");
        title = title == null ? "" : title;
        description = description == null ? "" : description;
        skills = List.copyOf(skills == null ? List.of() : skills);
        proposers = List.copyOf(proposers == null ? List.of() : proposers);
        status = status == null ? ProposalStatus.PROPOSED : status;
    }

    public Proposal(String id, String title, String ministry, List<String> skills, int minSize, int maxSize,
                    List<String> proposers) {
        this(id, title, "", ministry, skills, minSize, maxSize, proposers, ProposalStatus.PROPOSED);
    }

    public Proposal withTitle(String newTitle) {
        return new Proposal(id, newTitle, description, ministry, skills, minSize, maxSize, proposers, status);
    }

    public Proposal withDescription(String newDescription) {
        return new Proposal(id, title, newDescription, ministry, skills, minSize, maxSize, proposers, status);
    }

    public Proposal withMinistry(String newMinistry) {
        return new Proposal(id, title, description, newMinistry, skills, minSize, maxSize, proposers, status);
    }

    public Proposal withSkills(List<String> newSkills) {
        return new Proposal(id, title, description, ministry, newSkills, minSize, maxSize, proposers, status);
    }

    public Proposal withSizes(int newMin, int newMax) {
        return new Proposal(id, title, description, ministry, skills, newMin, newMax, proposers, status);
    }

    public Proposal withProposers(List<String> newProposers) {
        return new Proposal(id, title, description, ministry, skills, minSize, maxSize, newProposers, status);
    }

    public Proposal withStatus(ProposalStatus newStatus) {
        return new Proposal(id, title, description, ministry, skills, minSize, maxSize, proposers, newStatus);
    }
}
