package fr.equipage.ui.controls;

import fr.equipage.model.Participant;
import java.util.Map;

/** How the participant screens name a person. */
public final class ParticipantFields {
    private ParticipantFields() {
    }

    /** A person as the pick lists name them, "Camille Martin (INSEE)"; the bare reference if unknown. */
    public static String pickLabel(String id, Map<String, Participant> people) {
        Participant p = people.get(id);
        if (p == null) {
            return id;
        }
        return p.ministry() == null ? p.name() : p.name() + " (" + p.ministry() + ")";
    }
}
