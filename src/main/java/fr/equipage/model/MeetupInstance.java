package fr.equipage.model;

import java.util.List;

/**
 * Everything the meet-up engine reads: the spec's {@code equipage-meetups/1}. {@code history}
 * lists pairs who have already met (a pair may appear several times); {@code apart} pairs who
 * must never share a group (rule M2).
 */
public record MeetupInstance(MeetupSettings settings, List<Ministry> ministries, List<MeetupPerson> participants,
                             List<Pair> history, List<Pair> apart) {
    public static final String FORMAT = "equipage-meetups/1";

    public MeetupInstance {
        settings = settings == null ? MeetupSettings.DEFAULT : settings;
        ministries = List.copyOf(ministries == null ? List.of() : ministries);
        participants = List.copyOf(participants == null ? List.of() : participants);
        history = List.copyOf(history == null ? List.of() : history);
        apart = List.copyOf(apart == null ? List.of() : apart);
    }

    public MeetupInstance withSettings(MeetupSettings s) {
        return new MeetupInstance(s, ministries, participants, history, apart);
    }

    public MeetupInstance withParticipants(List<MeetupPerson> people) {
        return new MeetupInstance(settings, ministries, people, history, apart);
    }

    public MeetupInstance withHistory(List<Pair> pairs) {
        return new MeetupInstance(settings, ministries, participants, pairs, apart);
    }
}
