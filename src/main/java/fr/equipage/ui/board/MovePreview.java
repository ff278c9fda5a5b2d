package fr.equipage.ui.board;

import fr.equipage.model.Violation;
import java.util.List;

/**
 * What a drop would do, shown while dragging (or moving with the keyboard): the action in words,
 * the change of total score and the rules it would newly break. {@code allowed} is false when the
 * drop would do nothing (same team, same person).
 */
public record MovePreview(String action, long scoreDelta, boolean allowed, List<Violation> broken) {
    static final MovePreview NONE = new MovePreview("", 0, false, List.of());

    public MovePreview {
        broken = List.copyOf(broken);
    }
}
