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

    /** « Camille », « Camille et Léa », « Camille, Léa et Karim ». */
    static String names(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " et " + names.get(names.size() - 1);
    }
}
