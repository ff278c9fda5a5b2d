package fr.equipage.ui.trainings;

import fr.equipage.io.CsvOptions;
import fr.equipage.ui.board.FileNames;
import fr.equipage.ui.framework.AppContext;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Saves invite lists (one session's, or the whole season's): proposes a file name from the workshop's,
 * asks where, writes on the database thread through the shared exporter (written aside then moved into
 * place: a failure never leaves half a file), then says where the file is.
 */
final class InviteSaver {
    private final AppContext ctx;
    private InviteDestination destination;

    InviteSaver(AppContext ctx) {
        this.ctx = ctx;
        this.destination = new InviteSaveDialog(ctx.i18n());
    }

    void setDestination(InviteDestination destination) {
        this.destination = destination;
    }

    /** {@code session}: the session's number, or 0 for every session of the season. */
    void save(int session, boolean xlsx, Consumer<String> tell) {
        var i18n = ctx.i18n();
        String stem = session == 0 ? i18n.get("trainings.invites.fileStem.all")
                : i18n.format("trainings.invites.fileStem.session", session);
        String suggested = FileNames.forWorkshop(ctx.workshop().name(), stem) + (xlsx ? ".xlsx" : ".csv");
        Optional<Path> target = destination.ask(ctx.windowProperty().get(), i18n.get("trainings.invites.saveTitle"),
                suggested, xlsx);
        if (target.isEmpty()) {
            return;
        }
        long workshop = ctx.workshopId();
        Path file = target.get();
        ctx.tasks().run(() -> ctx.services().exports().writeInvites(workshop, file, xlsx, CsvOptions.FRENCH_EXCEL, session),
                written -> tell.accept(written.isEmpty() ? i18n.get("trainings.invites.nothing")
                        : i18n.format("trainings.invites.saved", written.stream().mapToInt(s -> s.invited().size()).sum(),
                        file.toAbsolutePath())));
    }
}
