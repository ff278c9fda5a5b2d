package fr.equipage.ui.meetups;

/**
 * One edit of the season, named for the Edit menu (« échanger Camille Martin et Léa Bernard (tour 2) »),
 * with the season before and after it: the screen saves {@code after}, undo saves {@code before}.
 */
public record SeasonChange(String label, SeasonState before, SeasonState after) {
}
