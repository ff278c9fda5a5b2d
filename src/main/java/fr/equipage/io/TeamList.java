package fr.equipage.io;

import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.Team;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A plan as people read it: each team with its project title and members (name, e-mail, ministry,
 * role, rank of the choice obtained), then the people without a team. Built once, written as CSV or
 * XLSX by {@link TeamListExporter}.
 */
public record TeamList(List<TeamRows> teams, List<Member> unassigned) {
    public static final String PROPOSER = "porteur";
    public static final String MEMBER = "membre";
    public static final String NO_TEAM = "(sans équipe)";

    /** One person on the list; {@code rank} is "1" for a first choice, "hors choix", or "" without a team. */
    public record Member(String lastName, String firstName, String email, String ministry, String role, String rank) {
    }

    public record TeamRows(String proposalId, String title, List<Member> members) {
    }

    /** The team list of a plan over a workshop's instance (what the teams board holds). */
    public static TeamList of(fr.equipage.model.Instance instance, Plan plan) {
        return of(plan, instance.participants(), instance.proposals(), instance.ministries());
    }

    public static TeamList of(Plan plan, List<Participant> participants, List<Proposal> proposals,
                              List<Ministry> ministries) {
        Map<String, Participant> people = new HashMap<>();
        participants.forEach(p -> people.put(p.id(), p));
        Map<String, Proposal> byId = new HashMap<>();
        proposals.forEach(p -> byId.put(p.id(), p));
        Map<String, Ministry> ministryOf = new HashMap<>();
        ministries.forEach(m -> ministryOf.put(m.code(), m));
        List<TeamRows> teams = new ArrayList<>();
        for (Team t : plan.teams()) {
            Proposal proposal = byId.get(t.proposal());
            String title = proposal == null ? t.proposal() : proposal.title();
            List<Member> members = new ArrayList<>();
            List<String> order = new ArrayList<>(t.members());
            // Proposers first, as a team sheet is read: who carries the project, then who joins.
            if (proposal != null) {
                order.sort((a, b) -> Boolean.compare(!proposal.proposers().contains(a), !proposal.proposers().contains(b)));
            }
            for (String id : order) {
                Participant p = people.get(id);
                if (p == null) {
                    continue;
                }
                boolean proposer = proposal != null && proposal.proposers().contains(id);
                int rank = p.rankOf(t.proposal());
                members.add(member(p, ministryOf, proposer ? PROPOSER : MEMBER, rank < 0 ? "hors choix"
                        : String.valueOf(rank + 1)));
            }
            teams.add(new TeamRows(t.proposal(), title, members));
        }
        List<Member> unassigned = new ArrayList<>();
        for (String id : plan.unassigned()) {
            Participant p = people.get(id);
            if (p != null) {
                unassigned.add(member(p, ministryOf, "", ""));
            }
        }
        return new TeamList(teams, unassigned);
    }

    private static Member member(Participant p, Map<String, Ministry> ministries, String role, String rank) {
        return new Member(p.lastName(), p.firstName(), p.email() == null ? "" : p.email(),
                ministryLabel(p.ministry(), ministries), role, rank);
    }

    /** "MIOM — Ministère de l'Intérieur et des Outre-mer": code and name, which a re-import matches. */
    public static String ministryLabel(String code, Map<String, Ministry> ministries) {
        if (code == null) {
            return "";
        }
        Ministry m = ministries.get(code);
        return m == null || m.name().equals(code) ? code : code + " — " + m.name();
    }
}
