package fr.equipage.ui.meetups;

import java.util.List;

/**
 * What dropping a person on another would do: whether it may be done at all ({@code allowed}:
 * false in a held round or within one table), the change of the season's total, and the warnings the
 * swap would add (a repeat, an apart pair), shown before the organiser lets go.
 */
public record SwapPreview(boolean allowed, long delta, List<PairWarning> newWarnings) {
    public static final SwapPreview NONE = new SwapPreview(false, 0, List.of());

    public SwapPreview {
        newWarnings = List.copyOf(newWarnings);
    }
}
