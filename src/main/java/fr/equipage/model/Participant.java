package fr.equipage.model;

import java.util.List;
import java.util.Objects;

/**
 * A person who came to the workshop. {@code id} is the workshop-local reference (e.g. "u03");
 * {@code choices} are proposal ids, most wanted first; {@code trainings} the training themes the person
 * asked for (theme names of the workshop's catalogue); {@code offers} the know-how they can share and
 * {@code seeks} what they want to learn (meet-ups, like {@code interests}: free tags).
 */
public record Participant(String id, String firstName, String lastName, String email, String ministry,
                          List<String> skills, List<String> interests, List<String> choices, List<String> trainings,
                          List<String> offers, List<String> seeks) {
    public Participant {
        Objects.requireNonNull(id, "id");
        firstName = firstName == null ? "" : firstName.strip();
        lastName = lastName == null ? "" : lastName.strip();
        email = email == null || email.isBlank() ? null : email.strip();
        skills = List.copyOf(skills == null ? List.of() : skills);
        interests = List.copyOf(interests == null ? List.of() : interests);
        choices = List.copyOf(choices == null ? List.of() : choices);
        trainings = List.copyOf(trainings == null ? List.of() : trainings);
        offers = List.copyOf(offers == null ? List.of() : offers);
        seeks = List.copyOf(seeks == null ? List.of() : seeks);
    }

    public Participant(String id, String firstName, String lastName, String email, String ministry,
                       List<String> skills, List<String> interests, List<String> choices, List<String> trainings) {
        this(id, firstName, lastName, email, ministry, skills, interests, choices, trainings, List.of(), List.of());
    }

    public Participant(String id, String firstName, String lastName, String email, String ministry,
                       List<String> skills, List<String> interests, List<String> choices) {
        this(id, firstName, lastName, email, ministry, skills, interests, choices, List.of());
    }

    /** Builds a participant from a single display name, split at the first space. */
    public static Participant ofName(String id, String name, String email, String ministry,
                                     List<String> skills, List<String> interests, List<String> choices) {
        String[] parts = splitName(name);
        return new Participant(id, parts[0], parts[1], email, ministry, skills, interests, choices);
    }

    /** "Camille Martin" → ["Camille", "Martin"]; a single word is taken as the last name. */
    public static String[] splitName(String name) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        int space = n.indexOf(' ');
        return space < 0 ? new String[] {"", n} : new String[] {n.substring(0, space), n.substring(space + 1)};
    }

    /** The name as people read it: first name then last name. */
    public String name() {
        return firstName.isEmpty() ? lastName : lastName.isEmpty() ? firstName : firstName + " " + lastName;
    }

    /** 0-based rank of a proposal in this participant's choices, or -1. */
    public int rankOf(String proposalId) {
        return choices.indexOf(proposalId);
    }

    public Participant withChoices(List<String> newChoices) {
        return new Participant(id, firstName, lastName, email, ministry, skills, interests, newChoices, trainings, offers, seeks);
    }

    public Participant withMinistry(String newMinistry) {
        return new Participant(id, firstName, lastName, email, newMinistry, skills, interests, choices, trainings, offers, seeks);
    }

    public Participant withFirstName(String first) {
        return new Participant(id, first, lastName, email, ministry, skills, interests, choices, trainings, offers, seeks);
    }

    public Participant withLastName(String last) {
        return new Participant(id, firstName, last, email, ministry, skills, interests, choices, trainings, offers, seeks);
    }

    public Participant withEmail(String newEmail) {
        return new Participant(id, firstName, lastName, newEmail, ministry, skills, interests, choices, trainings, offers, seeks);
    }

    public Participant withSkills(List<String> newSkills) {
        return new Participant(id, firstName, lastName, email, ministry, newSkills, interests, choices, trainings, offers, seeks);
    }

    public Participant withTrainings(List<String> newTrainings) {
        return new Participant(id, firstName, lastName, email, ministry, skills, interests, choices, newTrainings, offers, seeks);
    }

    public Participant withInterests(List<String> newInterests) {
        return new Participant(id, firstName, lastName, email, ministry, skills, newInterests, choices, trainings, offers, seeks);
    }

    public Participant withOffers(List<String> newOffers) {
        return new Participant(id, firstName, lastName, email, ministry, skills, interests, choices, trainings, newOffers, seeks);
    }

    public Participant withSeeks(List<String> newSeeks) {
        return new Participant(id, firstName, lastName, email, ministry, skills, interests, choices, trainings, offers, newSeeks);
    }
}
