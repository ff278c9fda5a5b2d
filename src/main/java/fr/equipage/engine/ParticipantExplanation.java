package fr.equipage.engine;

import java.util.List;

/**
 * Why a participant is where it is (spec §5): its team (null when unassigned), the rank of that
 * team in its choices (0 = first choice, -1 = not among its choices or unassigned), the choice
 * score it brings, the rules that hold it there, and what every other team it could join would
 * change (better choices first).
 */
public record ParticipantExplanation(String participant, String name, String team, int rank, int choiceScore,
                                     List<Hold> holds, List<Alternative> alternatives) {
    public ParticipantExplanation {
        holds = List.copyOf(holds);
        alternatives = List.copyOf(alternatives);
    }
}
