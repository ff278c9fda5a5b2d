package fr.equipage.engine.meetup;

import fr.equipage.model.Message;

/**
 * A broken rule of a meet-up schedule: {@code rule} is M1 or M2, {@code round} the 1-based round
 * (0 when the problem is not one round's), {@code text} the sentence naming the people concerned,
 * in the organiser's language.
 */
public record MeetupViolation(String rule, int round, Message text) {
    static MeetupViolation of(String rule, int round, String key, Object... args) {
        return new MeetupViolation(rule, round, Message.engine(key, args));
    }

    /** The sentence in French, the organiser's language. */
    public String message() {
        return text.french();
    }

    @Override
    public String toString() {
        return "[" + rule + "] " + message();
    }
}
