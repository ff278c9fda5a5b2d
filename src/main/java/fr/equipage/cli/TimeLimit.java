package fr.equipage.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;

/**
 * Reads a {@code --time-limit} given in seconds. The option is read as text so that every bad
 * value — not a number, NaN, zero, negative, over 24 h — gets the same French message naming the
 * option, and the command stops with exit 2 before any solver starts.
 */
final class TimeLimit {
    static final Duration MAX = fr.equipage.engine.SolveOptions.MAX_TIME_LIMIT;

    private TimeLimit() {
    }

    /** The limit as a duration, or null after printing why it is refused. */
    static Duration parse(String option, String text, PrintWriter err) {
        double seconds;
        try {
            seconds = Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            seconds = Double.NaN;
        }
        if (!(seconds > 0) || seconds > MAX.toSeconds()) {
            err.println("Erreur : " + option + " doit être un nombre de secondes supérieur à 0 et au plus "
                    + String.format(Locale.FRANCE, "%,d", MAX.toSeconds()) + " (24 h) ; reçu « " + text + " ».");
            return null;
        }
        return Duration.ofNanos(Math.max(1_000_000L, Math.round(seconds * 1e9)));
    }
}
