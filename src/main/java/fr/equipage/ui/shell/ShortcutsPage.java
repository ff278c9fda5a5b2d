package fr.equipage.ui.shell;

import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import fr.equipage.ui.framework.I18n;
import java.util.List;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;

/** "Raccourcis clavier" (F1): every shortcut of the window on one page, grouped by screen. */
final class ShortcutsPage {
    /** Section titles and, under each, the rows: "keys" and "what" texts share the row's key. */
    static final List<List<String>> SECTIONS = List.of(
            List.of("shortcuts.section.window", "screens", "undo", "redo", "import", "room", "presentation", "help",
                    "mnemonics"),
            List.of("shortcuts.section.board", "optimise", "export", "cardMenu", "cardMove", "cardNext", "cardCancel"),
            List.of("shortcuts.section.meetups", "planSeason", "planRound", "meetupPick", "meetupCancel"),
            List.of("shortcuts.section.tables", "find", "add", "delete", "closeForm"),
            List.of("shortcuts.section.trainings", "trainingsThemes", "trainingsSession", "trainingsRename",
                    "trainingsNewTheme", "trainingsEdit", "trainingsExport"));

    private ShortcutsPage() {
    }

    static void show(AppContext ctx) {
        I18n i18n = ctx.i18n();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(i18n.get("shortcuts.title"));
        dialog.setHeaderText(i18n.get("shortcuts.title"));
        dialog.getDialogPane().setId("shortcutsPage");
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(i18n.get("shortcuts.close"), ButtonData.OK_DONE));
        ScrollPane scroll = new ScrollPane(grid(i18n));
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(520);
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(720);
        Dialogs.prepare(ctx, dialog);
        dialog.show();
    }

    static GridPane grid(I18n i18n) {
        GridPane grid = new GridPane();
        grid.setHgap(18);
        grid.setVgap(6);
        int row = 0;
        for (List<String> section : SECTIONS) {
            Label title = new Label(i18n.get(section.get(0)));
            title.getStyleClass().add("settings-section");
            grid.add(title, 0, row++, 2, 1);
            for (String key : section.subList(1, section.size())) {
                Label keys = new Label(i18n.get("shortcuts.keys." + key));
                keys.getStyleClass().add("shortcut-keys");
                keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label what = new Label(i18n.get("shortcuts.what." + key));
                what.setWrapText(true);
                grid.add(keys, 0, row);
                grid.add(what, 1, row++);
            }
        }
        return grid;
    }
}
