package fr.equipage.io;

import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import java.util.List;

/** A proposal row applied to the stored proposal of the same title (or to nothing: a new one). */
public final class ProposalMerge {
    private ProposalMerge() {
    }

    /** Proposers are left as stored: they are people, resolved once everyone is written. */
    public static Proposal merge(Proposal existing, String id, PlannedProposal row) {
        if (existing == null) {
            int max = row.maxSize() != null ? row.maxSize() : Proposal.DEFAULT_MAX_SIZE;
            int min = row.minSize() != null ? row.minSize() : Math.min(Proposal.DEFAULT_MIN_SIZE, max);
            return new Proposal(id, row.title(), row.description(), row.ministry(), row.skills(), min, max, List.of(),
                    ProposalStatus.PROPOSED);
        }
        int max = row.maxSize() != null ? row.maxSize() : Math.max(existing.maxSize(),
                row.minSize() != null ? row.minSize() : 0);
        int min = row.minSize() != null ? row.minSize() : Math.min(existing.minSize(), max);
        return new Proposal(existing.id(), existing.title(),
                row.description().isEmpty() ? existing.description() : row.description(),
                row.ministry() == null ? existing.ministry() : row.ministry(),
                row.skills().isEmpty() ? existing.skills() : row.skills(), min, max, existing.proposers(),
                existing.status());
    }

    /** A proposal first named in someone's choices: title only, default sizes, status "proposée". */
    public static Proposal fromChoice(String id, String title) {
        return new Proposal(id, title, "", null, List.of(), Proposal.DEFAULT_MIN_SIZE, Proposal.DEFAULT_MAX_SIZE,
                List.of(), ProposalStatus.PROPOSED);
    }
}
