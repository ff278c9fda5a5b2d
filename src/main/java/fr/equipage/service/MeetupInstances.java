package fr.equipage.service;

import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupPerson;
import fr.equipage.model.MeetupRound;
import fr.equipage.model.MeetupSeason;
import fr.equipage.model.MeetupSettings;
import fr.equipage.model.Ministry;
import fr.equipage.model.Pair;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Team;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds the meet-up engine's input from a stored workshop: its people (know-how and absences
 * included), ministries, {@code apart} wishes, and the pairs who already met. Pure functions of the
 * records, so that the screen's live score and the planner see the same instance.
 */
final class MeetupInstances {
    /**
     * People with no ministry get one of their own, so that the engine accepts them and counts them
     * as from another ministry than anyone else: an unknown ministry must neither block planning nor
     * be taken for a shared one.
     */
    static final String NO_MINISTRY = "?";

    private MeetupInstances() {
    }

    /** One consistent read of what the instances are built from. */
    record Workshop(MeetupSeason season, List<Participant> people, List<Ministry> ministries, List<Pair> apart,
                    Plan launchTeams) {
    }

    /** The pairs of people who were in the same launch-day team (the current plan), each once. */
    static List<Pair> launchPairs(Plan plan) {
        List<Pair> out = new ArrayList<>();
        if (plan != null) {
            for (Team t : plan.teams()) {
                out.addAll(pairsOf(t.members()));
            }
        }
        return out;
    }

    static List<Pair> pairsOf(List<String> group) {
        List<Pair> out = new ArrayList<>();
        for (int i = 0; i < group.size(); i++) {
            for (int j = i + 1; j < group.size(); j++) {
                out.add(new Pair(group.get(i), group.get(j)).normalised());
            }
        }
        return out;
    }

    /** Pairs who met in the rounds accepted by {@code which} (a pair twice when they met twice). */
    static List<Pair> metIn(MeetupSeason season, Predicate<MeetupRound> which) {
        List<Pair> out = new ArrayList<>();
        for (MeetupRound r : season.rounds()) {
            if (which.test(r)) {
                r.groups().forEach(g -> out.addAll(pairsOf(g)));
            }
        }
        return out;
    }

    /** The history every plan starts from: the launch-day teams when the option says they count. */
    static List<Pair> baseHistory(Workshop w) {
        return w.season().teamsHaveMet() ? launchPairs(w.launchTeams()) : List.of();
    }

    /**
     * The whole season: every round, absences as stored, history = the launch-day teams (when the
     * option says so). Scoring the stored schedule against it counts a repeat in round 3 of a pair
     * who met in round 1.
     */
    static MeetupInstance season(Workshop w) {
        List<Integer> all = w.season().rounds().stream().map(MeetupRound::number).toList();
        return instance(w, w.season().settings(), all, baseHistory(w));
    }

    /**
     * What is left to plan: the rounds not held, renumbered 1..k in order; the held rounds become
     * history. {@code numbers} receives the real round number of each.
     */
    static MeetupInstance remaining(Workshop w, List<Integer> numbers) {
        MeetupSeason s = w.season();
        s.rounds().stream().filter(r -> !r.held()).map(MeetupRound::number).forEach(numbers::add);
        List<Pair> history = new ArrayList<>(baseHistory(w));
        history.addAll(metIn(s, MeetupRound::held));
        MeetupSettings st = s.settings();
        return instance(w, new MeetupSettings(numbers.size(), st.groupSize(), st.weights()), numbers, history);
    }

    /**
     * Round {@code number} alone, attended by {@code present}: history = launch-day teams and every
     * other planned round of the season (held or not), so that a re-planned round repeats no meeting
     * of the season.
     */
    static MeetupInstance oneRound(Workshop w, int number) {
        List<Pair> history = new ArrayList<>(baseHistory(w));
        history.addAll(metIn(w.season(), r -> r.number() != number));
        MeetupSettings st = w.season().settings();
        return instance(w, new MeetupSettings(1, st.groupSize(), st.weights()), List.of(number), history);
    }

    /** {@code rounds.get(i)} is the real number of the instance's round i + 1. */
    private static MeetupInstance instance(Workshop w, MeetupSettings settings, List<Integer> rounds, List<Pair> history) {
        Set<String> codes = new HashSet<>();
        w.ministries().forEach(m -> codes.add(m.code()));
        List<Ministry> ministries = new ArrayList<>(w.ministries());
        Set<String> ids = new HashSet<>();
        List<MeetupPerson> people = new ArrayList<>();
        for (Participant p : w.people()) {
            ids.add(p.id());
            String ministry = p.ministry();
            if (ministry == null || !codes.contains(ministry)) {
                ministry = NO_MINISTRY + p.id();
                ministries.add(new Ministry(ministry, "Ministère non renseigné", null));
            }
            List<Integer> absent = new ArrayList<>();
            for (int i = 0; i < rounds.size(); i++) {
                int number = rounds.get(i);
                if (w.season().round(number).map(r -> r.isAbsent(p.id())).orElse(false)) {
                    absent.add(i + 1);
                }
            }
            people.add(new MeetupPerson(p.id(), p.name(), ministry, p.interests(), p.offers(), p.seeks(), absent));
        }
        return new MeetupInstance(settings, ministries, people, known(history, ids), known(w.apart(), ids));
    }

    private static List<Pair> known(List<Pair> pairs, Set<String> ids) {
        return pairs.stream().filter(p -> ids.contains(p.first()) && ids.contains(p.second())).toList();
    }

    /** The stored rounds seen through the people still there: refs of people since deleted are left out. */
    static MeetupRound withoutStrangers(MeetupRound r, Set<String> ids) {
        List<List<String>> groups = new ArrayList<>();
        for (List<String> g : r.groups()) {
            List<String> kept = g.stream().filter(ids::contains).toList();
            if (!kept.isEmpty()) {
                groups.add(kept);
            }
        }
        return r.withGroups(groups).withAbsent(new ArrayList<>(new LinkedHashSet<>(
                r.absent().stream().filter(ids::contains).toList())));
    }
}
