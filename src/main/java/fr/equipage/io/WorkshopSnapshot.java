package fr.equipage.io;

import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import java.util.List;

/** What the workshop holds when an import is planned: what rows are matched against. */
public record WorkshopSnapshot(List<Ministry> ministries, List<Proposal> proposals, List<Participant> participants) {
    public static final WorkshopSnapshot EMPTY = new WorkshopSnapshot(List.of(), List.of(), List.of());

    public WorkshopSnapshot {
        ministries = List.copyOf(ministries);
        proposals = List.copyOf(proposals);
        participants = List.copyOf(participants);
    }
}
