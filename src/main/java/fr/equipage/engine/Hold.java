package fr.equipage.engine;

/**
 * A reason that keeps a participant where it is: {@code rule} is the rule id (H2, H3, H5, H6…),
 * with a sentence for the organiser in French and English.
 */
public record Hold(String rule, String message, String messageEn) {
}
