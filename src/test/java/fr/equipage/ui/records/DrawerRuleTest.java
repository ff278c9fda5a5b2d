package fr.equipage.ui.records;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** On a 1024-pixel laptop the form gives the table its width back; on a wide screen both stay side by side. */
class DrawerRuleTest {
    @Test
    void wideScreensKeepTheFormBesideTheTable() {
        assertThat(DrawerRule.of(1190, false)).isEqualTo(new DrawerRule(true, DrawerRule.WIDE_SHARE));
        assertThat(DrawerRule.of(1190, true).formShown()).isTrue();
    }

    @Test
    void smallScreensOpenTheFormOnlyWhileARecordIsSelected() {
        // 1024 px less the navigation: about 780 px for the screen.
        assertThat(DrawerRule.of(780, false).formShown()).isFalse();
        assertThat(DrawerRule.of(780, true).formShown()).isTrue();
        assertThat(DrawerRule.of(780, true).tableShare()).isEqualTo(1);
    }

    @Test
    void beforeTheFirstLayoutNothingIsHidden() {
        assertThat(DrawerRule.of(0, false).formShown()).isTrue();
    }
}
