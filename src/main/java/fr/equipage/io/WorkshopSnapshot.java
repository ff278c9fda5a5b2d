package fr.equipage.io;

import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import java.util.List;

/**
 * What the workshop holds when an import is planned: what rows are matched against. {@code trainingThemes}
 * is the workshop's catalogue of training themes (empty: the defaults).
 */
public record WorkshopSnapshot(List<Ministry> ministries, List<Proposal> proposals, List<Participant> participants,
                               List<String> trainingThemes) {
    public static final WorkshopSnapshot EMPTY = new WorkshopSnapshot(List.of(), List.of(), List.of());

    public WorkshopSnapshot {
        ministries = List.copyOf(ministries);
        proposals = List.copyOf(proposals);
        participants = List.copyOf(participants);
        trainingThemes = List.copyOf(trainingThemes == null ? List.of() : trainingThemes);
    }

    /** A workshop with the default training themes. */
    public WorkshopSnapshot(List<Ministry> ministries, List<Proposal> proposals, List<Participant> participants) {
        this(ministries, proposals, participants, List.of());
    }
}
