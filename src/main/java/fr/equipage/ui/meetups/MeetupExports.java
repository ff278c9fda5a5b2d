package fr.equipage.ui.meetups;

import fr.equipage.ui.framework.AppContext;
import javafx.scene.control.MenuButton;

/** The « Exporter » menu of the meet-ups: per-round lists, workbook, print view, mail merge. */
final class MeetupExports {
    private MeetupExports() {
    }

    static void fill(MenuButton button, AppContext ctx, MeetupsModel model) {
        // The service has no meet-up exports yet: the menu stays out of sight rather than offer nothing.
        button.setVisible(false);
        button.setManaged(false);
    }
}
