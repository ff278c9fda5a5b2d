package fr.equipage.io;

import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import fr.equipage.model.Team;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The season's project list as the programme publishes it: the retained projects with what a
 * reader outside the workshop needs (title, description, carrying administration, ministries in the
 * team, skills sought) and the programme's contact mailbox. It holds no personal data unless the
 * organiser asked for names: then team members' names only, never an e-mail address.
 */
public record ProjectList(String workshop, String contact, LocalDate publishedOn, List<Project> projects) {
    public ProjectList {
        contact = contact == null ? "" : contact.strip();
        projects = List.copyOf(projects);
    }

    /** One published project; {@code members} is empty unless names are shown. */
    public record Project(String id, String title, String description, String carrier, List<String> teamMinistries,
                          List<String> skills, ProposalStatus status, List<String> members) {
        public Project {
            teamMinistries = List.copyOf(teamMinistries);
            skills = List.copyOf(skills);
            members = List.copyOf(members);
        }
    }

    /**
     * The projects to publish: those the follow-up says are retained, scoped or launched; when the
     * organiser has set no such status yet, the teams of the current plan (abandoned ones left out).
     */
    public static ProjectList of(String workshop, String contact, LocalDate publishedOn, List<Proposal> proposals,
                                 List<Participant> participants, List<Ministry> ministries, Plan plan,
                                 boolean showNames) {
        Map<String, Team> teams = new HashMap<>();
        if (plan != null) {
            plan.teams().stream().filter(t -> !t.members().isEmpty()).forEach(t -> teams.put(t.proposal(), t));
        }
        boolean followedUp = proposals.stream().anyMatch(p -> p.status().going());
        Map<String, Participant> people = new HashMap<>();
        participants.forEach(p -> people.put(p.id(), p));
        Map<String, String> names = new HashMap<>();
        ministries.forEach(m -> names.put(m.code(), m.name().isBlank() ? m.code() : m.name()));
        Collator french = Collator.getInstance(Locale.FRENCH);
        List<Project> out = new ArrayList<>();
        for (Proposal p : proposals) {
            boolean published = followedUp ? p.status().going()
                    : teams.containsKey(p.id()) && p.status() != ProposalStatus.ABANDONED;
            if (!published) {
                continue;
            }
            Team team = teams.get(p.id());
            Set<String> teamMinistries = new LinkedHashSet<>();
            List<Participant> members = new ArrayList<>();
            if (team != null) {
                for (String id : team.members()) {
                    Participant person = people.get(id);
                    if (person != null) {
                        members.add(person);
                        if (person.ministry() != null) {
                            teamMinistries.add(names.getOrDefault(person.ministry(), person.ministry()));
                        }
                    }
                }
            }
            List<String> sortedMinistries = new ArrayList<>(teamMinistries);
            sortedMinistries.sort(french);
            members.sort(Comparator.comparing(Participant::lastName, french).thenComparing(Participant::firstName, french));
            out.add(new Project(p.id(), p.title(), p.description(),
                    p.ministry() == null ? "" : names.getOrDefault(p.ministry(), p.ministry()), sortedMinistries,
                    p.skills(), p.status() == ProposalStatus.PROPOSED ? ProposalStatus.RETAINED : p.status(),
                    showNames ? members.stream().map(Participant::name).toList() : List.of()));
        }
        return new ProjectList(workshop, contact, publishedOn, out);
    }
}
