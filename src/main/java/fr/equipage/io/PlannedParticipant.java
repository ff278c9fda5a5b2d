package fr.equipage.io;

import java.util.List;

/**
 * A valid participant row, ready to be written: ministry resolved to a code (known, or created by
 * the import), choices as catalogue keys. A null or empty value means "the file says nothing":
 * a re-import keeps what the database has.
 */
public record PlannedParticipant(String file, String sheet, int row, String firstName, String lastName, String email,
                                 String ministry, List<String> skills, List<String> interests,
                                 List<String> choiceKeys, List<String> trainings, List<String> offers,
                                 List<String> seeks) {
    public PlannedParticipant {
        skills = List.copyOf(skills);
        interests = List.copyOf(interests);
        choiceKeys = List.copyOf(choiceKeys);
        trainings = List.copyOf(trainings == null ? List.of() : trainings);
        offers = List.copyOf(offers == null ? List.of() : offers);
        seeks = List.copyOf(seeks == null ? List.of() : seeks);
    }

    public PlannedParticipant(String file, String sheet, int row, String firstName, String lastName, String email,
                              String ministry, List<String> skills, List<String> interests, List<String> choiceKeys,
                              List<String> trainings) {
        this(file, sheet, row, firstName, lastName, email, ministry, skills, interests, choiceKeys, trainings, List.of(),
                List.of());
    }

    /** The same row with other values for the ministry and the training themes (resolved at writing). */
    public PlannedParticipant with(String newMinistry, List<String> newTrainings) {
        return new PlannedParticipant(file, sheet, row, firstName, lastName, email, newMinistry, skills, interests,
                choiceKeys, newTrainings, offers, seeks);
    }

    public String fullName() {
        return (firstName + " " + lastName).strip();
    }
}
