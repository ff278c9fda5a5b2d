package fr.equipage.service;

import fr.equipage.model.Lock;
import fr.equipage.model.Pair;
import fr.equipage.model.Plan;
import fr.equipage.model.Settings;
import java.util.List;

/**
 * Everything a board edit can change, captured before and after the edit so that undo and redo
 * write back exactly what changed: the current plan (null when none was formed yet), the rules
 * and weights, the pins and the apart / together pairs.
 */
public record BoardSnapshot(Plan plan, Settings settings, List<Lock> locks, List<Pair> apart, List<Pair> together) {
    public BoardSnapshot {
        locks = List.copyOf(locks);
        apart = List.copyOf(apart);
        together = List.copyOf(together);
    }
}
