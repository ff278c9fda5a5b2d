package fr.equipage.ui.shell;

import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import fr.equipage.ui.framework.I18n;
import fr.equipage.io.CsvOptions;
import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import javafx.stage.FileChooser;

/** "Exporter les équipes…" and "Exporter les participants…" of the File menu: a save dialog, then a background write. */
final class ExportActions {
    private ExportActions() {
    }

    static void teams(AppContext ctx) {
        if (ctx.workshop() == null) {
            return;
        }
        I18n i18n = ctx.i18n();
        FileChooser chooser = chooser(i18n.get("export.teams.title"), i18n.get("export.teams.fileStem") + ".csv");
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter(i18n.get("export.teams.csv"), "*.csv");
        FileChooser.ExtensionFilter xlsx = new FileChooser.ExtensionFilter(i18n.get("export.teams.xlsx"), "*.xlsx");
        chooser.getExtensionFilters().addAll(csv, xlsx);
        File chosen = chooser.showSaveDialog(ctx.windowProperty().get());
        if (chosen == null) {
            return;
        }
        boolean asXlsx = chooser.getSelectedExtensionFilter() == xlsx
                || chosen.getName().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        Path target = withExtension(chosen.toPath(), asXlsx ? ".xlsx" : ".csv");
        var exports = ctx.services().exports();
        long w = ctx.workshopId();
        ctx.tasks().run(() -> exports.writeTeams(w, target, asXlsx, CsvOptions.FRENCH_EXCEL).isPresent(), written -> Dialogs.inform(ctx, written ? i18n.format("export.done", target.toAbsolutePath())
                : i18n.get("export.noPlan")));
    }

    static void participants(AppContext ctx) {
        if (ctx.workshop() == null) {
            return;
        }
        I18n i18n = ctx.i18n();
        FileChooser chooser = chooser(i18n.get("export.participants.title"), i18n.get("export.participants.fileStem") + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("export.participants.csv"), "*.csv"));
        File chosen = chooser.showSaveDialog(ctx.windowProperty().get());
        if (chosen == null) {
            return;
        }
        Path target = withExtension(chosen.toPath(), ".csv");
        var exports = ctx.services().exports();
        long w = ctx.workshopId();
        ctx.tasks().run(() -> {
            exports.writeParticipants(w, target, CsvOptions.FRENCH_EXCEL);
            return target;
        }, path -> Dialogs.inform(ctx, i18n.format("export.done", path.toAbsolutePath())));
    }

    private static FileChooser chooser(String title, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        File home = new File(System.getProperty("user.home"));
        if (home.isDirectory()) {
            chooser.setInitialDirectory(home);
        }
        return chooser;
    }

    private static Path withExtension(Path p, String ext) {
        String name = p.getFileName().toString();
        return name.toLowerCase(Locale.ROOT).endsWith(ext) ? p : p.resolveSibling(name + ext);
    }
}
