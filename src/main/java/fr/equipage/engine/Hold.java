package fr.equipage.engine;

import fr.equipage.model.Message;

/**
 * A reason that keeps a participant where it is: {@code rule} is the rule id (H2, H3, H5, H6…),
 * with a sentence for the organiser.
 */
public record Hold(String rule, Message text) {
    public String message() {
        return text.french();
    }

    public String messageEn() {
        return text.english();
    }
}
