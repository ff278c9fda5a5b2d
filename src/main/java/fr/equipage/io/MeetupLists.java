package fr.equipage.io;

import fr.equipage.model.MeetupRound;
import fr.equipage.model.MeetupSeason;
import fr.equipage.model.Message;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The season's planned meet-up rounds as people read them, for the lists, the printed cards and the
 * mail merge: each round with its groups (numbered from 1), each member with name, e-mail, ministry
 * and the topics they have in common with the rest of their table ({@link MeetupTopics}); each table
 * with its conversation starters, given by the caller so that the printed cards say exactly what the
 * « Rencontres » screen says (the sentences are the engine's, which {@code io} does not see).
 */
public record MeetupLists(String workshop, List<RoundRows> rounds) {
    public MeetupLists {
        rounds = List.copyOf(rounds);
    }

    public record Member(String id, String lastName, String firstName, String email, String ministry,
                         List<String> topics) {
        public Member {
            topics = List.copyOf(topics);
        }

        public String name() {
            return (firstName + " " + lastName).strip();
        }
    }

    /** A table: its 1-based number, members, and what its members can talk about. */
    public record Group(int number, List<Member> members, List<Message> starters) {
        public Group {
            members = List.copyOf(members);
            starters = List.copyOf(starters);
        }
    }

    public record RoundRows(int number, LocalDate date, boolean held, List<Group> groups) {
        public RoundRows {
            groups = List.copyOf(groups);
        }

        public int people() {
            return groups.stream().mapToInt(g -> g.members().size()).sum();
        }
    }

    /** How many tables the lists hold, all rounds together. */
    public int groups() {
        return rounds.stream().mapToInt(r -> r.groups().size()).sum();
    }

    /** How many places (one per person and round) the lists hold. */
    public int places() {
        return rounds.stream().mapToInt(RoundRows::people).sum();
    }

    /**
     * The planned rounds of a season, or only round {@code only} when not null. People no longer in
     * the workshop are left out. {@code starters} gives a table's conversation starters.
     */
    public static MeetupLists of(String workshop, MeetupSeason season, List<Participant> people,
                                 List<Ministry> ministries, Integer only,
                                 Function<List<Participant>, List<Message>> starters) {
        Map<String, Participant> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.id(), p));
        Map<String, Ministry> ministryOf = new HashMap<>();
        ministries.forEach(m -> ministryOf.put(m.code(), m));
        List<RoundRows> rounds = new ArrayList<>();
        for (MeetupRound r : season.rounds()) {
            if (!r.planned() || only != null && r.number() != only) {
                continue;
            }
            List<Group> groups = new ArrayList<>();
            for (List<String> ids : r.groups()) {
                List<Participant> table = ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
                List<Member> members = new ArrayList<>();
                for (Participant p : table) {
                    members.add(new Member(p.id(), p.lastName(), p.firstName(), p.email() == null ? "" : p.email(),
                            TeamList.ministryLabel(p.ministry(), ministryOf), MeetupTopics.forPerson(p, table)));
                }
                groups.add(new Group(groups.size() + 1, members, starters.apply(table)));
            }
            rounds.add(new RoundRows(r.number(), r.date(), r.held(), groups));
        }
        return new MeetupLists(workshop, rounds);
    }
}
