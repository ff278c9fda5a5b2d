package fr.equipage.ui.board;

/**
 * What a drop would do, shown while dragging: the action in words and the change of total score.
 * {@code allowed} is false when the drop would do nothing (same team, same person).
 */
public record MovePreview(String action, long scoreDelta, boolean allowed) {
    static final MovePreview NONE = new MovePreview("", 0, false);
}
