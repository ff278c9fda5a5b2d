package fr.equipage.model;

/**
 * A broken rule: {@code rule} is H1..H8; {@code team} and {@code participant} are ids or null;
 * {@code message} is in French (the organiser's language), {@code messageEn} its English form.
 */
public record Violation(String rule, String team, String participant, String message, String messageEn) {
    public Violation(String rule, String team, String participant, String message) {
        this(rule, team, participant, message, message);
    }
}
