package fr.equipage.model;

import java.util.List;
import java.util.Optional;

/**
 * The season's meet-ups as stored for one workshop: the settings (rounds, group size, weights),
 * whether the people of a launch-day team count as having already met ({@code teamsHaveMet}), and
 * rounds 1..{@code settings.rounds()}, in order, each planned or not, held or not.
 */
public record MeetupSeason(MeetupSettings settings, boolean teamsHaveMet, List<MeetupRound> rounds) {
    public MeetupSeason {
        settings = settings == null ? MeetupSettings.DEFAULT : settings;
        rounds = List.copyOf(rounds == null ? List.of() : rounds);
    }

    public Optional<MeetupRound> round(int number) {
        return rounds.stream().filter(r -> r.number() == number).findFirst();
    }

    /** The rounds already held (history), in order. */
    public List<MeetupRound> held() {
        return rounds.stream().filter(MeetupRound::held).toList();
    }

    /** The first round not held yet, if any: the "next" round of the season. */
    public Optional<MeetupRound> next() {
        return rounds.stream().filter(r -> !r.held()).findFirst();
    }

    /** The planned (or held) rounds as an {@code equipage-rounds/1} schedule, without score. */
    public Schedule schedule() {
        return new Schedule(rounds.stream().filter(MeetupRound::planned).map(MeetupRound::toRound).toList(), null);
    }

    public MeetupSeason withRounds(List<MeetupRound> newRounds) {
        return new MeetupSeason(settings, teamsHaveMet, newRounds);
    }
}
