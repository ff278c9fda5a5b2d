package fr.equipage.model;

/**
 * A broken rule: {@code rule} is H1..H8; {@code team} and {@code participant} are ids or null;
 * {@code text} says it to the organiser in their language.
 */
public record Violation(String rule, String team, String participant, Message text) {
    /** A violation whose sentence exists in one language only (read back from a plan file). */
    public Violation(String rule, String team, String participant, String message) {
        this(rule, team, participant, Message.literal(message));
    }

    /** The sentence in French, the organiser's language and the plan files'. */
    public String message() {
        return text.french();
    }

    public String messageEn() {
        return text.english();
    }
}
