package fr.equipage.engine.meetup;

import fr.equipage.model.MeetupPerson;
import fr.equipage.model.Message;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Short sentences that give a group something to talk about, from what its members declared:
 * « Camille et Léa partagent nlp », « Karim peut montrer sql à Inès ». At most {@code max} per
 * group, chosen so that as many members as possible are named (a table where two people hear
 * three sentences about each other and the others none is a poor table), know-how before shared
 * interests when both name the same new people (it weighs more in the score, and one teaching
 * another starts a conversation better). Deterministic: the same group gives the same sentences.
 */
public final class ConversationStarters {
    /** What fits under a group's table on a projector without scrolling. */
    public static final int DEFAULT_MAX = 3;

    private ConversationStarters() {
    }

    /** A candidate sentence and the people it names, for the choice. */
    private record Candidate(Message text, Set<String> people, int kind, String order) {
    }

    /** The sentences for one group (in any order of its members); a fallback sentence when nothing is shared. */
    public static List<Message> of(List<MeetupPerson> group, int max) {
        if (group.size() < 2 || max < 1) {
            return List.of();
        }
        Map<String, String> names = shortNames(group);
        List<Candidate> candidates = new ArrayList<>();
        knowHow(group, names, candidates);
        shared(group, names, candidates);
        List<Message> out = new ArrayList<>();
        Set<String> named = new HashSet<>();
        List<Candidate> left = new ArrayList<>(candidates);
        while (out.size() < max && !left.isEmpty()) {
            Candidate best = left.stream().min(Comparator
                    .comparingInt((Candidate c) -> -newPeople(c, named))
                    .thenComparingInt(Candidate::kind)
                    .thenComparingInt(c -> -c.people().size())
                    .thenComparing(Candidate::order)).orElseThrow();
            left.remove(best);
            out.add(best.text());
            named.addAll(best.people());
        }
        if (out.isEmpty()) {
            out.add(Message.engine("meetup.starter.none"));
        }
        return out;
    }

    private static int newPeople(Candidate c, Set<String> named) {
        int n = 0;
        for (String p : c.people()) {
            if (!named.contains(p)) {
                n++;
            }
        }
        return n;
    }

    /**
     * One sentence per (teacher, topic) sought by someone else in the group, naming every learner:
     * « Bastien peut montrer nlp à Rachid et Alice » rather than the same offer twice.
     */
    private static void knowHow(List<MeetupPerson> group, Map<String, String> names, List<Candidate> out) {
        List<MeetupPerson> members = byId(group);
        for (MeetupPerson teacher : members) {
            for (String topic : sorted(teacher.offers())) {
                List<MeetupPerson> learners = members.stream()
                        .filter(l -> l != teacher && l.seeks().contains(topic)).toList();
                if (learners.isEmpty()) {
                    continue;
                }
                List<String> shown = learners.stream().map(l -> names.get(l.id())).toList();
                Message text = shown.size() == 1
                        ? Message.engine("meetup.starter.knowHow", names.get(teacher.id()), topic, shown.get(0))
                        : Message.engine("meetup.starter.knowHowMany", names.get(teacher.id()), topic,
                                String.join(", ", shown.subList(0, shown.size() - 1)), shown.get(shown.size() - 1));
                Set<String> ids = new HashSet<>();
                ids.add(teacher.id());
                learners.forEach(l -> ids.add(l.id()));
                out.add(new Candidate(text, ids, 0, teacher.id() + "\u0000" + topic));
            }
        }
    }

    /** One sentence per interest that two members or more share, naming all of them. */
    private static void shared(List<MeetupPerson> group, Map<String, String> names, List<Candidate> out) {
        Map<String, List<MeetupPerson>> byTopic = new TreeMap<>();
        for (MeetupPerson p : byId(group)) {
            for (String topic : new LinkedHashSet<>(p.interests())) {
                byTopic.computeIfAbsent(topic, t -> new ArrayList<>()).add(p);
            }
        }
        byTopic.forEach((topic, people) -> {
            if (people.size() < 2) {
                return;
            }
            List<String> shown = people.stream().map(p -> names.get(p.id())).toList();
            String first = String.join(", ", shown.subList(0, shown.size() - 1));
            Message text = people.size() == group.size() && group.size() > 2
                    ? Message.engine("meetup.starter.sharedByAll", topic)
                    : Message.engine("meetup.starter.shared", first, shown.get(shown.size() - 1), topic);
            Set<String> ids = new HashSet<>();
            people.forEach(p -> ids.add(p.id()));
            out.add(new Candidate(text, ids, 1, topic));
        });
    }

    /**
     * First names, as people call each other at a table; the full name when two members share a
     * first name (or a name is a single word).
     */
    static Map<String, String> shortNames(List<MeetupPerson> group) {
        Map<String, Integer> count = new HashMap<>();
        for (MeetupPerson p : group) {
            count.merge(firstName(p.name()), 1, Integer::sum);
        }
        Map<String, String> out = new HashMap<>();
        for (MeetupPerson p : group) {
            String first = firstName(p.name());
            out.put(p.id(), count.get(first) > 1 ? p.name().strip() : first);
        }
        return out;
    }

    private static String firstName(String name) {
        String n = name.strip();
        int space = n.indexOf(' ');
        return space < 0 ? n : n.substring(0, space);
    }

    /** The group in id order, so that the sentences do not depend on the order the members are listed in. */
    private static List<MeetupPerson> byId(List<MeetupPerson> group) {
        return group.stream().sorted(Comparator.comparing(MeetupPerson::id)).toList();
    }

    private static List<String> sorted(List<String> tags) {
        return new ArrayList<>(new java.util.TreeSet<>(tags));
    }
}
