package fr.equipage.ui.meetups;

import fr.equipage.model.MeetupPerson;
import fr.equipage.model.MeetupScore;
import fr.equipage.model.Message;
import java.util.List;

/**
 * One table of a round as the screen shows it: its 0-based {@code index}, the members in order, what
 * the table adds to the score, its warnings and its conversation starters.
 */
public record GroupView(int index, List<MeetupPerson> members, MeetupScore score, List<PairWarning> warnings,
                        List<Message> starters) {
    public GroupView {
        members = List.copyOf(members);
        warnings = List.copyOf(warnings);
        starters = List.copyOf(starters);
    }
}
