package fr.equipage.io;

import java.util.List;

/**
 * A valid participant row, ready to be written: ministry resolved to a code (known, or created by
 * the import), choices as catalogue keys. A null or empty value means "the file says nothing":
 * a re-import keeps what the database has.
 */
public record PlannedParticipant(String file, String sheet, int row, String firstName, String lastName, String email,
                                 String ministry, List<String> skills, List<String> interests,
                                 List<String> choiceKeys) {
    public PlannedParticipant {
        skills = List.copyOf(skills);
        interests = List.copyOf(interests);
        choiceKeys = List.copyOf(choiceKeys);
    }

    public String fullName() {
        return (firstName + " " + lastName).strip();
    }
}
