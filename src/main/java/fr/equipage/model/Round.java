package fr.equipage.model;

import java.util.List;

/** One round of meet-ups: its 1-based {@code number} and its groups, each a list of participant ids. */
public record Round(int number, List<List<String>> groups) {
    public Round {
        groups = groups == null ? List.of() : groups.stream().map(List::copyOf).toList();
    }
}
