package fr.equipage.engine.meetup;

import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupPerson;
import fr.equipage.model.MeetupScore;
import fr.equipage.model.MinistryChecks;
import fr.equipage.model.MeetupWeights;
import fr.equipage.model.Pair;
import fr.equipage.model.Round;
import fr.equipage.model.Schedule;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The score of meetup-model.md §4, recomputed from scratch from the records, straight from the
 * text of the spec: the reference that the search's incremental bookkeeping is checked against.
 * Rounds count in the order of their numbers; ids unknown to the instance are skipped (the rule
 * checker reports them).
 */
public final class MeetupScorer {
    private MeetupScorer() {
    }

    public static MeetupScore score(MeetupInstance in, Schedule schedule) {
        Map<String, MeetupPerson> people = new HashMap<>();
        in.participants().forEach(p -> people.putIfAbsent(p.id(), p));
        Map<String, String> top = MinistryChecks.tops(in.ministries());
        Set<Pair> met = new HashSet<>();
        in.history().forEach(p -> met.add(p.normalised()));
        MeetupWeights w = in.settings().weights();
        long repeats = 0;
        long same = 0;
        long shared = 0;
        long knowHow = 0;
        List<Round> rounds = schedule.rounds().stream().sorted(Comparator.comparingInt(Round::number)).toList();
        for (Round round : rounds) {
            for (List<String> group : round.groups()) {
                for (int x = 0; x < group.size(); x++) {
                    for (int y = x + 1; y < group.size(); y++) {
                        MeetupPerson i = people.get(group.get(x));
                        MeetupPerson j = people.get(group.get(y));
                        if (i == null || j == null || i == j) {
                            continue;
                        }
                        if (!met.add(new Pair(i.id(), j.id()).normalised())) {
                            repeats++;
                        }
                        if (top.getOrDefault(i.ministry(), i.ministry()).equals(top.getOrDefault(j.ministry(), j.ministry()))) {
                            same++;
                        }
                        shared += intersection(i.interests(), j.interests());
                        knowHow += intersection(i.offers(), j.seeks()) + intersection(j.offers(), i.seeks());
                    }
                }
            }
        }
        return MeetupScore.of(w.repeat() * repeats, w.sameMinistry() * same, w.sharedInterest() * shared,
                w.knowHow() * knowHow, repeats);
    }

    static int intersection(List<String> a, List<String> b) {
        Set<String> s = new HashSet<>(a);
        s.retainAll(new HashSet<>(b));
        return s.size();
    }
}
