package fr.equipage.io;

/**
 * A training theme spelling of the imported file that matches no theme of the workshop's catalogue:
 * {@code spelling} as first typed, the closest catalogue theme as a {@code suggestion} (null when none
 * is close), and how many {@code people} listed it. Unless the organiser maps it to a theme
 * ({@link ImportPlan#useTraining}), committing creates it as a new theme.
 */
public record UnknownTraining(String spelling, String suggestion, int people) {
}
