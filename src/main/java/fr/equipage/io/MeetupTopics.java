package fr.equipage.io;

import fr.equipage.model.Participant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the people of one meet-up table have in common, in plain French for the lists and cards:
 * interests they share, and know-how one of them offers that another seeks (meetup-model.md §4 — the
 * same affinities the score rewards, compared as exact strings).
 */
public final class MeetupTopics {
    private MeetupTopics() {
    }

    /**
     * The person's topics with the rest of the table: shared interests, then « peut partager X » for
     * know-how someone else there seeks, then « veut apprendre X » for know-how someone else offers.
     */
    public static List<String> forPerson(Participant p, List<Participant> table) {
        Set<String> interests = new LinkedHashSet<>();
        Set<String> offered = new LinkedHashSet<>();
        Set<String> sought = new LinkedHashSet<>();
        for (Participant o : table) {
            if (o.id().equals(p.id())) {
                continue;
            }
            p.interests().stream().filter(o.interests()::contains).forEach(interests::add);
            p.offers().stream().filter(o.seeks()::contains).forEach(offered::add);
            p.seeks().stream().filter(o.offers()::contains).forEach(sought::add);
        }
        List<String> out = new ArrayList<>(interests);
        offered.forEach(x -> out.add("peut partager " + x));
        sought.forEach(x -> out.add("veut apprendre " + x));
        return out;
    }

    /**
     * Something the people of a table have in common: {@code people} share the interest {@code topic} when
     * {@code learners} is empty; otherwise {@code people} (one person) can show the know-how {@code topic}
     * to the {@code learners}. Names are first names, as said at the table.
     */
    public record Starter(List<String> people, String topic, List<String> learners) {
        public Starter {
            people = List.copyOf(people);
            learners = List.copyOf(learners);
        }

        public boolean knowHow() {
            return !learners.isEmpty();
        }

        /** In French: « Camille et Léa partagent NLP », « Karim peut montrer SQL à Inès ». */
        public String french() {
            return knowHow() ? names(people) + " peut montrer " + topic + " à " + names(learners)
                    : names(people) + " partagent " + topic;
        }
    }

    /**
     * What a table can talk about: interests held by two people or more first, then each know-how
     * offered to someone who seeks it.
     */
    public static List<Starter> forTable(List<Participant> table) {
        List<Starter> out = new ArrayList<>();
        Set<String> interests = new LinkedHashSet<>();
        table.forEach(p -> interests.addAll(p.interests()));
        for (String topic : interests) {
            List<String> who = table.stream().filter(p -> p.interests().contains(topic)).map(MeetupTopics::firstName).toList();
            if (who.size() >= 2) {
                out.add(new Starter(who, topic, List.of()));
            }
        }
        for (Participant giver : table) {
            for (String k : giver.offers()) {
                List<String> learners = table.stream().filter(o -> o != giver && o.seeks().contains(k))
                        .map(MeetupTopics::firstName).toList();
                if (!learners.isEmpty()) {
                    out.add(new Starter(List.of(firstName(giver)), k, learners));
                }
            }
        }
        return out;
    }

    private static String firstName(Participant p) {
        return p.firstName().isEmpty() ? p.name() : p.firstName();
    }

    /** « Camille », « Camille et Léa », « Camille, Léa et Karim ». */
    static String names(List<String> names) {
        return names(names, "et");
    }

    /** The names joined with commas and {@code and} before the last. */
    static String names(List<String> names, String and) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " " + and + " " + names.get(names.size() - 1);
    }
}
