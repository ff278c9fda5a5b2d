package fr.equipage.engine;

import java.util.List;

/**
 * Another team a participant could be in: the proposal, its rank in the participant's choices (-1
 * when not chosen), what the plan's total would change by if the participant moved there alone
 * ({@code scoreDelta}), and the rules such a move would break ({@code blockedBy}: rule ids, empty
 * when the move is allowed as is), with a sentence in French and English.
 */
public record Alternative(String proposal, int rank, boolean retained, long scoreDelta, List<String> blockedBy,
                          String message, String messageEn) {
    public Alternative {
        blockedBy = List.copyOf(blockedBy);
    }
}
