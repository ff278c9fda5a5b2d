package fr.equipage.ui;

import fr.equipage.model.Participant;
import java.util.List;
import java.util.Map;

/** Copies of a participant with one field changed, for the edits of the form. */
final class ParticipantFields {
    private ParticipantFields() {
    }

    static Participant withFirstName(Participant p, String first) {
        return new Participant(p.id(), first, p.lastName(), p.email(), p.ministry(), p.skills(), p.interests(), p.choices());
    }

    static Participant withLastName(Participant p, String last) {
        return new Participant(p.id(), p.firstName(), last, p.email(), p.ministry(), p.skills(), p.interests(), p.choices());
    }

    static Participant withEmail(Participant p, String email) {
        return new Participant(p.id(), p.firstName(), p.lastName(), email, p.ministry(), p.skills(), p.interests(), p.choices());
    }

    static Participant withSkills(Participant p, List<String> skills) {
        return new Participant(p.id(), p.firstName(), p.lastName(), p.email(), p.ministry(), skills, p.interests(), p.choices());
    }

    static Participant withInterests(Participant p, List<String> interests) {
        return new Participant(p.id(), p.firstName(), p.lastName(), p.email(), p.ministry(), p.skills(), interests, p.choices());
    }

    /** A person as the pick lists name them, "Camille Martin (INSEE)"; the bare reference if unknown. */
    static String pickLabel(String id, Map<String, Participant> people) {
        Participant p = people.get(id);
        if (p == null) {
            return id;
        }
        return p.ministry() == null ? p.name() : p.name() + " (" + p.ministry() + ")";
    }
}
