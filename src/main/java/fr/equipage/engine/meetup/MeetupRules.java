package fr.equipage.engine.meetup;

import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupPerson;
import fr.equipage.model.Pair;
import fr.equipage.model.Round;
import fr.equipage.model.Schedule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks rules M1 and M2 of meetup-model.md §3 on a schedule, naming the round, group and people
 * of each breach (sentences of the engine's bundle, French and English). A schedule that names an unknown person or round breaks M1 too.
 */
public final class MeetupRules {
    private MeetupRules() {
    }

    public static List<MeetupViolation> check(MeetupInstance in, Schedule schedule) {
        List<MeetupViolation> out = new ArrayList<>();
        Map<String, MeetupPerson> people = new HashMap<>();
        in.participants().forEach(p -> people.putIfAbsent(p.id(), p));
        int rounds = in.settings().rounds();
        Map<Integer, Round> byNumber = new HashMap<>();
        for (Round r : schedule.rounds()) {
            if (r.number() < 1 || r.number() > rounds) {
                out.add(MeetupViolation.of("M1", 0, "meetup.M1.roundOutside", r.number(), rounds));
            } else if (byNumber.putIfAbsent(r.number(), r) != null) {
                out.add(MeetupViolation.of("M1", r.number(), "meetup.M1.roundTwice", r.number()));
            }
        }
        for (int number = 1; number <= rounds; number++) {
            Round r = byNumber.get(number);
            m1(in, number, r == null ? List.of() : r.groups(), people, out);
            if (r != null) {
                m2(in, r, out);
            }
        }
        return out;
    }

    private static void m1(MeetupInstance in, int number, List<List<String>> groups, Map<String, MeetupPerson> people,
                           List<MeetupViolation> out) {
        Map<String, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String id : groups.get(g)) {
                MeetupPerson p = people.get(id);
                if (p == null) {
                    out.add(MeetupViolation.of("M1", number, "meetup.M1.unknown", number, g + 1, id));
                } else if (groupOf.putIfAbsent(id, g) != null) {
                    out.add(MeetupViolation.of("M1", number, "meetup.M1.twice", number, who(p)));
                } else if (!p.presentAt(number)) {
                    out.add(MeetupViolation.of("M1", number, "meetup.M1.absentPlaced", number, who(p), g + 1));
                }
            }
        }
        int present = 0;
        for (MeetupPerson p : in.participants()) {
            if (p.presentAt(number)) {
                present++;
                if (!groupOf.containsKey(p.id())) {
                    out.add(MeetupViolation.of("M1", number, "meetup.M1.missing", number, who(p)));
                }
            }
        }
        List<List<String>> nonEmpty = groups.stream().filter(g -> !g.isEmpty()).toList();
        int k = in.settings().groupCount(present);
        if (present > 0 && groups.size() != k) {
            out.add(MeetupViolation.of("M1", number, "meetup.M1.groupCount", number, groups.size(), present, k));
        } else if (present == 0 && !nonEmpty.isEmpty()) {
            out.add(MeetupViolation.of("M1", number, "meetup.M1.nobody", number));
        }
        int min = groups.stream().mapToInt(List::size).min().orElse(0);
        int max = groups.stream().mapToInt(List::size).max().orElse(0);
        if (max - min > 1) {
            out.add(MeetupViolation.of("M1", number, "meetup.M1.sizes", number, min, max));
        }
    }

    private static void m2(MeetupInstance in, Round r, List<MeetupViolation> out) {
        for (int g = 0; g < r.groups().size(); g++) {
            List<String> group = r.groups().get(g);
            for (Pair p : in.apart()) {
                if (group.contains(p.first()) && group.contains(p.second())) {
                    out.add(MeetupViolation.of("M2", r.number(), "meetup.M2", r.number(), g + 1, p.first(), p.second()));
                }
            }
        }
    }

    private static String who(MeetupPerson p) {
        return p.name().equals(p.id()) ? p.id() : p.name() + " (" + p.id() + ")";
    }
}
