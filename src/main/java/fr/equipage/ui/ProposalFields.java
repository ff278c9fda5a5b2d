package fr.equipage.ui;

import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import java.util.List;

/** Copies of a proposal with one field changed, for the edits of the form. */
final class ProposalFields {
    private ProposalFields() {
    }

    static Proposal withTitle(Proposal p, String title) {
        return new Proposal(p.id(), title, p.description(), p.ministry(), p.skills(), p.minSize(), p.maxSize(), p.proposers(), p.status());
    }

    static Proposal withDescription(Proposal p, String description) {
        return new Proposal(p.id(), p.title(), description, p.ministry(), p.skills(), p.minSize(), p.maxSize(), p.proposers(), p.status());
    }

    static Proposal withMinistry(Proposal p, String ministry) {
        return new Proposal(p.id(), p.title(), p.description(), ministry, p.skills(), p.minSize(), p.maxSize(), p.proposers(), p.status());
    }

    static Proposal withSkills(Proposal p, List<String> skills) {
        return new Proposal(p.id(), p.title(), p.description(), p.ministry(), skills, p.minSize(), p.maxSize(), p.proposers(), p.status());
    }

    static Proposal withSizes(Proposal p, int min, int max) {
        return new Proposal(p.id(), p.title(), p.description(), p.ministry(), p.skills(), min, max, p.proposers(), p.status());
    }

    static Proposal withProposers(Proposal p, List<String> proposers) {
        return new Proposal(p.id(), p.title(), p.description(), p.ministry(), p.skills(), p.minSize(), p.maxSize(), proposers, p.status());
    }

    static Proposal withStatus(Proposal p, ProposalStatus status) {
        return new Proposal(p.id(), p.title(), p.description(), p.ministry(), p.skills(), p.minSize(), p.maxSize(), p.proposers(), status);
    }
}
