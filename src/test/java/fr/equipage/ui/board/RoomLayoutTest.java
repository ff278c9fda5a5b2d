package fr.equipage.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The room view puts every team on a 1920×1080 projector at once, at the largest font that fits. */
class RoomLayoutTest {
    /** Team area of a 1920×1080 screen once the heading is drawn (RoomView's margins). */
    private static final double WIDTH = 1920 - 48;
    private static final double HEIGHT = 1080 - 151 - 24;

    @Test
    void theSampleDayFitsInLargeLettersWithEveryTeamShown() {
        // Eight teams of 6 to 8 and one unassigned person, lines up to 27 characters.
        List<Integer> sizes = List.of(8, 6, 7, 7, 7, 7, 6, 6, 1);
        // "Thibault Marchand (MEFSIN)" is about 14 em wide in the system font.
        RoomLayout layout = RoomLayout.fit(WIDTH, HEIGHT, sizes, 14);
        assertThat(layout.columns() * layout.rows()).isGreaterThanOrEqualTo(sizes.size());
        assertThat(layout.fontSize()).isGreaterThanOrEqualTo(20);
        assertFits(layout, sizes, 14);
    }

    @Test
    void manyLargeTeamsStillAllFitEvenIfSmaller() {
        List<Integer> sizes = Collections.nCopies(16, 10);
        RoomLayout layout = RoomLayout.fit(WIDTH, HEIGHT, sizes, 16);
        assertThat(layout.columns() * layout.rows()).isGreaterThanOrEqualTo(16);
        assertFits(layout, sizes, 16);
        assertThat(layout.fontSize()).isGreaterThan(10);
    }

    @Test
    void aFewSmallTeamsDoNotGetAbsurdlyLargeLetters() {
        RoomLayout layout = RoomLayout.fit(WIDTH, HEIGHT, List.of(2, 2), 6);
        assertThat(layout.fontSize()).isEqualTo(RoomLayout.MAX_FONT);
    }

    /** The tallest team's lines and the widest line fit in a cell at the chosen size. */
    private static void assertFits(RoomLayout layout, List<Integer> sizes, double widestEm) {
        double cellWidth = (WIDTH - (layout.columns() - 1) * RoomLayout.GAP) / layout.columns() - 2 * RoomLayout.GAP;
        double cellHeight = (HEIGHT - (layout.rows() - 1) * RoomLayout.GAP) / layout.rows() - 2 * RoomLayout.GAP;
        int tallest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        assertThat((tallest * RoomLayout.LINE + RoomLayout.TITLE_LINES) * layout.fontSize()).isLessThanOrEqualTo(cellHeight);
        assertThat(widestEm * layout.fontSize()).isLessThanOrEqualTo(cellWidth);
    }
}
