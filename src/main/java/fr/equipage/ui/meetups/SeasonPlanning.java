package fr.equipage.ui.meetups;

import fr.equipage.engine.meetup.MeetupScheduler;
import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupPerson;
import fr.equipage.model.MeetupSettings;
import fr.equipage.model.Pair;
import fr.equipage.model.Round;
import fr.equipage.model.Schedule;
import java.util.ArrayList;
import java.util.List;

/**
 * What the engine is asked when the organiser plans, and how its answer goes back into the season.
 * Held rounds never change: planning the season plans the other rounds, with the pairs met in the
 * held rounds as history; re-planning one round plans it alone for the people present, with every
 * other planned round as history, so that it repeats nobody's meeting anywhere in the season.
 */
public record SeasonPlanning(MeetupInstance instance, List<Integer> rounds) {
    /** The rounds not held yet, planned together. Empty {@code rounds} when every round is held. */
    public static SeasonPlanning season(SeasonState s) {
        List<Integer> free = new ArrayList<>();
        for (int r = 1; r <= s.instance().settings().rounds(); r++) {
            if (!s.isHeld(r)) {
                free.add(r);
            }
        }
        List<Pair> history = new ArrayList<>(s.instance().history());
        for (Round r : s.schedule().rounds()) {
            if (s.isHeld(r.number())) {
                history.addAll(pairs(r));
            }
        }
        // The free rounds are renumbered 1..k for the engine, absences with them.
        List<MeetupPerson> people = s.instance().participants().stream().map(p -> new MeetupPerson(p.id(), p.name(),
                p.ministry(), p.interests(), p.offers(), p.seeks(),
                p.absent().stream().filter(free::contains).map(a -> free.indexOf(a) + 1).toList())).toList();
        MeetupSettings st = s.instance().settings();
        MeetupInstance in = s.instance().withParticipants(people).withHistory(history)
                .withSettings(new MeetupSettings(Math.max(1, free.size()), st.groupSize(), st.weights()));
        return new SeasonPlanning(in, free);
    }

    /** Round {@code number} alone, for the people present at it. */
    public static SeasonPlanning round(SeasonState s, int number) {
        List<Pair> history = new ArrayList<>(s.instance().history());
        for (Round r : s.schedule().rounds()) {
            if (r.number() != number) {
                history.addAll(pairs(r));
            }
        }
        List<String> present = s.instance().participants().stream().filter(p -> p.presentAt(number))
                .map(MeetupPerson::id).toList();
        return new SeasonPlanning(MeetupScheduler.oneRound(s.instance().withHistory(history), present), List.of(number));
    }

    /** The season with the engine's rounds put in place of the rounds planned. */
    public SeasonState apply(SeasonState s, Schedule planned) {
        SeasonState out = s;
        for (Round r : planned.rounds()) {
            int number = rounds.get(r.number() - 1);
            if (!s.isHeld(number)) {
                out = out.withRound(new Round(number, r.groups()));
            }
        }
        return out;
    }

    static List<Pair> pairs(Round r) {
        List<Pair> out = new ArrayList<>();
        for (List<String> g : r.groups()) {
            for (int x = 0; x < g.size(); x++) {
                for (int y = x + 1; y < g.size(); y++) {
                    out.add(new Pair(g.get(x), g.get(y)));
                }
            }
        }
        return out;
    }
}
