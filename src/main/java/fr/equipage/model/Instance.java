package fr.equipage.model;

import java.util.List;

/** Everything the engine needs to form teams: the spec's {@code equipage-instance/1}. */
public record Instance(Settings settings, List<Ministry> ministries, List<Proposal> proposals,
                       List<Participant> participants, List<Lock> locks, List<Pair> apart, List<Pair> together) {
    public static final String FORMAT = "equipage-instance/1";

    public Instance {
        settings = settings == null ? Settings.DEFAULT : settings;
        ministries = List.copyOf(ministries == null ? List.of() : ministries);
        proposals = List.copyOf(proposals == null ? List.of() : proposals);
        participants = List.copyOf(participants == null ? List.of() : participants);
        locks = List.copyOf(locks == null ? List.of() : locks);
        apart = List.copyOf(apart == null ? List.of() : apart);
        together = List.copyOf(together == null ? List.of() : together);
    }

    public Instance withSettings(Settings s) {
        return new Instance(s, ministries, proposals, participants, locks, apart, together);
    }

    public Instance withLocks(List<Lock> newLocks) {
        return new Instance(settings, ministries, proposals, participants, newLocks, apart, together);
    }
}
