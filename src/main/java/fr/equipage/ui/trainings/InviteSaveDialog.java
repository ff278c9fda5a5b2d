package fr.equipage.ui.trainings;

import fr.equipage.ui.framework.I18n;
import fr.equipage.ui.framework.SaveDialog;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The system's save dialog for invite lists, opening in the folder used last time (or the home folder). */
final class InviteSaveDialog implements InviteDestination {
    private final I18n i18n;
    private final SaveDialog dialog = new SaveDialog();

    InviteSaveDialog(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public Optional<Path> ask(Window owner, String title, String suggestedName, boolean xlsx) {
        return dialog.ask(owner, title, suggestedName, i18n.get(xlsx ? "trainings.invites.xlsx" : "trainings.invites.csv"),
                xlsx ? ".xlsx" : ".csv");
    }
}
