package fr.equipage.ui.meetups;

import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupSeason;
import fr.equipage.model.Round;
import fr.equipage.model.Schedule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The meet-up season as the screen edits it: the people (with the rounds they miss), settings,
 * history and apart pairs ({@code instance}); the planned rounds ({@code schedule}, only the rounds
 * planned so far, by number); and the numbers of the rounds already {@code held}, which are history
 * and no longer change. Immutable: an edit makes a new state, and undo puts the old one back.
 */
public record SeasonState(MeetupInstance instance, Schedule schedule, Set<Integer> held) {
    public SeasonState {
        schedule = schedule == null ? new Schedule(List.of(), null) : schedule;
        held = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(held == null ? List.of() : held));
    }

    public SeasonState(MeetupInstance instance) {
        this(instance, null, null);
    }

    /**
     * The season as the service reads it: {@code instance} is its whole-season instance (absences by
     * real round number, history = the launch-day teams when they count).
     */
    public static SeasonState of(MeetupSeason season, MeetupInstance instance) {
        Set<Integer> held = new TreeSet<>();
        season.held().forEach(r -> held.add(r.number()));
        return new SeasonState(instance, season.schedule(), held);
    }

    /** The planned round numbered {@code number}, or null. */
    public Round round(int number) {
        return schedule.rounds().stream().filter(r -> r.number() == number && !r.groups().isEmpty()).findFirst()
                .orElse(null);
    }

    /** The last round held, 0 when none is. */
    public int lastHeld() {
        return held.isEmpty() ? 0 : new TreeSet<>(held).last();
    }

    public boolean isHeld(int number) {
        return held.contains(number);
    }

    SeasonState withInstance(MeetupInstance next) {
        return new SeasonState(next, schedule, held);
    }

    SeasonState withHeld(Set<Integer> next) {
        return new SeasonState(instance, schedule, next);
    }

    /** The same state with round {@code r.number()} replaced (or added), rounds kept in order. */
    SeasonState withRound(Round r) {
        List<Round> rounds = new ArrayList<>(schedule.rounds());
        rounds.removeIf(x -> x.number() == r.number());
        if (!r.groups().isEmpty()) {
            rounds.add(r);
        }
        rounds.sort(Comparator.comparingInt(Round::number));
        return new SeasonState(instance, new Schedule(rounds, null), held);
    }

    /** Rounds past the season's length dropped (after the organiser shortened it). */
    SeasonState trimmed() {
        int last = instance.settings().rounds();
        List<Round> rounds = schedule.rounds().stream().filter(r -> r.number() <= last).toList();
        TreeSet<Integer> keep = new TreeSet<>(new TreeSet<>(held).headSet(last + 1));
        return new SeasonState(instance, new Schedule(rounds, null), keep);
    }
}
