package fr.equipage.ui.board;

import java.util.List;

/**
 * How the room view shares a projector's screen between the teams: how many columns, and the
 * largest font at which every team (title and members) fits at once, without scrolling. JavaFX-free
 * so that "all teams visible on a 1920×1080 projector" is checked by a test.
 */
record RoomLayout(int columns, int rows, double fontSize) {
    /** Never larger than this: beyond, names are readable anyway and the page looks empty. */
    static final double MAX_FONT = 44;
    static final double GAP = 16;
    /** Line height as a multiple of the font size (names), and the title's share: two lines, 1.15× larger. */
    static final double LINE = 1.3;
    static final double TITLE_LINES = 2 * 1.15 * LINE + 0.6;
    /** Average width of a character as a multiple of the font size (sans-serif, mixed case). */

    /**
     * The best layout of {@code teamSizes} (members per block) over {@code width × height} pixels
     * of team area, when the widest line (a member, or a title's longest word) is {@code widestEm}
     * times the font size wide, as measured on screen.
     */
    static RoomLayout fit(double width, double height, List<Integer> teamSizes, double widestEm) {
        int n = Math.max(1, teamSizes.size());
        int tallest = teamSizes.stream().mapToInt(Integer::intValue).max().orElse(0);
        RoomLayout best = null;
        for (int columns = 1; columns <= n; columns++) {
            int rows = (n + columns - 1) / columns;
            double cellWidth = (width - (columns - 1) * GAP) / columns - 2 * GAP;
            double cellHeight = (height - (rows - 1) * GAP) / rows - 2 * GAP;
            double byHeight = cellHeight / (tallest * LINE + TITLE_LINES);
            double byWidth = cellWidth / Math.max(4, widestEm);
            double font = Math.min(MAX_FONT, Math.min(byHeight, byWidth));
            if (best == null || font > best.fontSize()) {
                best = new RoomLayout(columns, rows, font);
            }
        }
        return best;
    }
}
