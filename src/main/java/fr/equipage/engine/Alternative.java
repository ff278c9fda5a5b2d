package fr.equipage.engine;

import fr.equipage.model.Message;
import java.util.List;

/**
 * Another team a participant could be in: the proposal, its rank in the participant's choices (-1
 * when not chosen), what the plan's total would change by if the participant moved there alone
 * ({@code scoreDelta}), and the rules such a move would break ({@code blockedBy}: rule ids, empty
 * when the move is allowed as is), with a sentence for the organiser.
 */
public record Alternative(String proposal, int rank, boolean retained, long scoreDelta, List<String> blockedBy,
                          Message text) {
    public Alternative {
        blockedBy = List.copyOf(blockedBy);
    }

    public String message() {
        return text.french();
    }

    public String messageEn() {
        return text.english();
    }
}
