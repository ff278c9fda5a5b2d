package fr.equipage.ui.meetups;

import fr.equipage.engine.meetup.ConversationStarters;
import fr.equipage.engine.meetup.MeetupRules;
import fr.equipage.engine.meetup.MeetupScorer;
import fr.equipage.engine.meetup.MeetupViolation;
import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupPerson;
import fr.equipage.model.MeetupScore;
import fr.equipage.model.Pair;
import fr.equipage.model.Round;
import fr.equipage.model.Schedule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the screen shows of a season, computed from it at once: the score (the spec's, by
 * {@link MeetupScorer}, over the rounds planned so far), each round's share of it, each table's
 * members, score, warnings and conversation starters, and the rules broken. Immutable; rebuilt after
 * every edit (a season of 300 people and 10 rounds takes a few milliseconds).
 */
final class SeasonAnalysis {
    private final SeasonState state;
    private final Map<String, MeetupPerson> people = new LinkedHashMap<>();
    private final MeetupScore total;
    private final Map<Integer, List<PairWarning>> warnings = new HashMap<>();
    private final Map<Integer, Map<Pair, Integer>> metBefore = new HashMap<>();

    SeasonAnalysis(SeasonState state) {
        this.state = state;
        state.instance().participants().forEach(p -> people.putIfAbsent(p.id(), p));
        total = MeetupScorer.score(state.instance(), state.schedule());
        Set<Pair> apart = new HashSet<>();
        state.instance().apart().forEach(p -> apart.add(p.normalised()));
        // Who met whom, and first when: 0 for the history, then round by round.
        Map<Pair, Integer> met = new HashMap<>();
        state.instance().history().forEach(p -> met.putIfAbsent(p.normalised(), 0));
        for (Round r : state.schedule().rounds()) {
            metBefore.put(r.number(), Map.copyOf(met));
            List<PairWarning> found = new ArrayList<>();
            for (int g = 0; g < r.groups().size(); g++) {
                List<String> group = r.groups().get(g);
                for (int x = 0; x < group.size(); x++) {
                    for (int y = x + 1; y < group.size(); y++) {
                        Pair pair = new Pair(group.get(x), group.get(y)).normalised();
                        Integer when = met.get(pair);
                        if (when != null) {
                            found.add(new PairWarning(PairWarning.Kind.REPEAT, r.number(), g, group.get(x), group.get(y), when));
                        }
                        if (apart.contains(pair)) {
                            found.add(new PairWarning(PairWarning.Kind.APART, r.number(), g, group.get(x), group.get(y), 0));
                        }
                    }
                }
            }
            for (List<String> group : r.groups()) {
                for (int x = 0; x < group.size(); x++) {
                    for (int y = x + 1; y < group.size(); y++) {
                        met.putIfAbsent(new Pair(group.get(x), group.get(y)).normalised(), r.number());
                    }
                }
            }
            warnings.put(r.number(), List.copyOf(found));
        }
    }

    MeetupScore total() {
        return total;
    }

    MeetupPerson person(String id) {
        return people.get(id);
    }

    /** Round {@code number}'s share of the score: the season up to it, less the season before it. */
    MeetupScore roundScore(int number) {
        MeetupScore upTo = scoreOf(state.schedule().rounds().stream().filter(r -> r.number() <= number).toList());
        MeetupScore before = scoreOf(state.schedule().rounds().stream().filter(r -> r.number() < number).toList());
        return minus(upTo, before);
    }

    private MeetupScore scoreOf(List<Round> rounds) {
        return MeetupScorer.score(state.instance(), new Schedule(rounds, null));
    }

    static MeetupScore minus(MeetupScore a, MeetupScore b) {
        return MeetupScore.of(a.repeat() - b.repeat(), a.sameMinistry() - b.sameMinistry(),
                a.sharedInterest() - b.sharedInterest(), a.knowHow() - b.knowHow(), a.repeats() - b.repeats());
    }

    /** Every warning of round {@code number}, table by table. */
    List<PairWarning> warnings(int number) {
        return warnings.getOrDefault(number, List.of());
    }

    /** All the season's warnings, round by round. */
    List<PairWarning> allWarnings() {
        List<PairWarning> out = new ArrayList<>();
        state.schedule().rounds().forEach(r -> out.addAll(warnings(r.number())));
        return out;
    }

    /** The tables of round {@code number}; empty when it is not planned. */
    List<GroupView> groups(int number) {
        Round r = state.round(number);
        if (r == null) {
            return List.of();
        }
        // A table's score: its pairs scored as a one-table round, with who met whom before this round as history.
        List<Pair> before = new ArrayList<>(metBefore.getOrDefault(number, Map.of()).keySet());
        MeetupInstance asOfRound = state.instance().withHistory(before);
        List<GroupView> out = new ArrayList<>();
        for (int g = 0; g < r.groups().size(); g++) {
            List<MeetupPerson> members = r.groups().get(g).stream().map(people::get).filter(p -> p != null).toList();
            int index = g;
            MeetupScore score = MeetupScorer.score(asOfRound, new Schedule(List.of(new Round(1, List.of(r.groups().get(g)))), null));
            out.add(new GroupView(g, members, score, warnings(number).stream().filter(w -> w.group() == index).toList(),
                    ConversationStarters.of(members, ConversationStarters.DEFAULT_MAX)));
        }
        return out;
    }

    /** Rules M1 and M2 broken by the rounds planned so far (rounds not planned yet are not a breach). */
    List<MeetupViolation> violations() {
        Set<Integer> planned = new HashSet<>();
        state.schedule().rounds().forEach(r -> planned.add(r.number()));
        return MeetupRules.check(state.instance(), state.schedule()).stream()
                .filter(v -> v.round() == 0 || planned.contains(v.round())).toList();
    }
}
