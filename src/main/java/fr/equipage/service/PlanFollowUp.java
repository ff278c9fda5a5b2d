package fr.equipage.service;

import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import fr.equipage.model.Team;
import fr.equipage.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The season status that follows an optimised plan: a proposal that became a team is "retained", one
 * that no longer is goes back to "proposed". Once the organiser moved a proposal further (scoped,
 * launched, abandoned) the plan no longer decides for it, so those are left as they are.
 */
final class PlanFollowUp {
    private PlanFollowUp() {
    }

    /** The proposal as the plan has it; the same object when nothing changes. */
    static Proposal followed(Proposal p, Set<String> teams, LocalDate day) {
        if (p.status().decidedByOrganiser()) {
            return p;
        }
        ProposalStatus next = teams.contains(p.id()) ? ProposalStatus.RETAINED : ProposalStatus.PROPOSED;
        return next == p.status() ? p : p.withFollowUp(next, day, p.statusNote());
    }

    /** Proposals of the plan's teams that have members. */
    static Set<String> teams(Plan plan) {
        return plan == null ? Set.of() : plan.teams().stream().filter(t -> !t.members().isEmpty())
                .map(Team::proposal).collect(Collectors.toSet());
    }

    /** Applies the plan's statuses in the transaction; returns the changed proposals as they were before. */
    static List<Proposal> apply(Store store, Connection c, long workshop, Plan plan, LocalDate day) throws SQLException {
        Set<String> teams = teams(plan);
        List<Proposal> before = new ArrayList<>();
        for (Proposal p : store.proposals.all(c, workshop)) {
            Proposal after = followed(p, teams, day);
            if (after != p) {
                before.add(p);
                store.proposals.saveFollowUp(c, workshop, after);
            }
        }
        return before;
    }

    /** Puts back the follow-up of proposals as {@link #apply} found them (undo). */
    static void restore(Store store, Connection c, long workshop, List<Proposal> before) throws SQLException {
        for (Proposal p : before) {
            store.proposals.saveFollowUp(c, workshop, p);
        }
    }
}
