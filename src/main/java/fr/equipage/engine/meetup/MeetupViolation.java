package fr.equipage.engine.meetup;

/**
 * A broken rule of a meet-up schedule: {@code rule} is M1 or M2, {@code round} the 1-based round
 * (0 when the problem is not one round's), {@code message} in French, naming the people concerned.
 */
public record MeetupViolation(String rule, int round, String message) {
    @Override
    public String toString() {
        return "[" + rule + "] " + message;
    }
}
