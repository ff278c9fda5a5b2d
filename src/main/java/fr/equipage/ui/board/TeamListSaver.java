package fr.equipage.ui.board;

import fr.equipage.model.Plan;
import fr.equipage.ui.framework.AppContext;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/** Saves the board's team lists: proposes a file name from the workshop's, asks where, writes off the FX thread. */
final class TeamListSaver {
    private final AppContext ctx;
    private final ExportDestination destination;

    TeamListSaver(AppContext ctx, ExportDestination destination) {
        this.ctx = ctx;
        this.destination = destination;
    }

    /**
     * Asks where and saves; {@code tell} gets the line to show after ("Listes enregistrées : …", or
     * what to do first when no team exists yet). Nothing when the organiser cancels the dialog.
     */
    void save(BoardModel model, TeamListFormat format, Consumer<String> tell) {
        Plan plan = model.currentPlan();
        var i18n = ctx.i18n();
        if (plan == null) {
            tell.accept(i18n.get("board.export.noPlan"));
            return;
        }
        String suggested = FileNames.forWorkshop(ctx.workshop().name(), i18n.get("board.export.fileStem"))
                + format.extension();
        Optional<Path> target = destination.ask(ctx.windowProperty().get(), i18n.get("board.export.title"), suggested,
                format);
        if (target.isEmpty()) {
            return;
        }
        var instance = model.instance();
        ctx.tasks().run(() -> {
            format.write(instance, plan, target.get());
            return target.get();
        }, path -> tell.accept(i18n.format("board.export.done", path.toAbsolutePath())));
    }
}
