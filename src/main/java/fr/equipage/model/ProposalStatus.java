package fr.equipage.model;

/** Where a proposal stands: pitched, kept as a team, or set aside by the organiser. */
public enum ProposalStatus {
    PROPOSED, RETAINED, REJECTED
}
