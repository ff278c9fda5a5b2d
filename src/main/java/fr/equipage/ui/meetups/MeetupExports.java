package fr.equipage.ui.meetups;

import fr.equipage.io.CsvOptions;
import fr.equipage.io.MeetupListExporter.Format;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import fr.equipage.ui.framework.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntSupplier;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.stage.FileChooser;

/**
 * The « Exporter » menu of the meet-ups: lists of every round (CSV for Excel, or a workbook with one
 * sheet per round), the printable cards of the round on screen (one card per table, HTML), and the
 * mail-merge file (one row per person and round). A save dialog, then a write on the database thread.
 */
final class MeetupExports {
    /** Where to write a file; null when the organiser cancels. Tests give a folder instead of a dialog. */
    interface Destination {
        Path choose(String title, String fileName, String filterName, String extension);
    }

    private final AppContext ctx;
    private final I18n i18n;
    private final IntSupplier shownRound;
    private Destination destination;

    MeetupExports(AppContext ctx, IntSupplier shownRound) {
        this.ctx = ctx;
        this.i18n = ctx.i18n();
        this.shownRound = shownRound;
        this.destination = this::dialog;
    }

    void setDestination(Destination d) {
        destination = d;
    }

    void fill(MenuButton button) {
        button.getItems().setAll(item("exportCsv", "meetups.export.csv", () -> export(Format.CSV, null)),
                item("exportXlsx", "meetups.export.xlsx", () -> export(Format.XLSX, null)),
                item("exportCards", "meetups.export.cards", () -> export(Format.HTML, shownRound.getAsInt())),
                item("exportMailing", "meetups.export.mailing", () -> export(Format.MAILING, null)));
    }

    private MenuItem item(String id, String key, Runnable action) {
        MenuItem item = new MenuItem(i18n.get(key));
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    /** Writes the season (or round {@code round} only) in {@code format}, after asking where. */
    void export(Format format, Integer round) {
        if (ctx.workshop() == null) {
            return;
        }
        String extension = switch (format) {
            case XLSX -> ".xlsx";
            case HTML -> ".html";
            default -> ".csv";
        };
        String stem = switch (format) {
            case HTML -> i18n.format("meetups.export.cards.fileStem", round);
            case MAILING -> i18n.get("meetups.export.mailing.fileStem");
            default -> i18n.get("meetups.export.fileStem");
        };
        String kind = i18n.get("meetups.export.filter." + format.name());
        Path chosen = destination.choose(i18n.get("meetups.export.title"), stem + extension, kind, extension);
        if (chosen == null) {
            return;
        }
        Path target = withExtension(chosen, extension);
        var exports = ctx.services().exports();
        long w = ctx.workshopId();
        Locale locale = i18n.locale();
        ctx.tasks().run(() -> exports.writeMeetups(w, target, format, round, CsvOptions.FRENCH_EXCEL, locale),
                lists -> Dialogs.inform(ctx, lists.rounds().isEmpty() ? i18n.get("meetups.export.nothing")
                        : i18n.format("export.done", target.toAbsolutePath())));
    }

    private Path dialog(String title, String fileName, String filterName, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(fileName);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterName, "*" + extension));
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        File chosen = chooser.showSaveDialog(ctx.windowProperty().get());
        return chosen == null ? null : chosen.toPath();
    }

    private static Path withExtension(Path p, String ext) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(ext) ? p : p.resolveSibling(name + ext);
    }
}
