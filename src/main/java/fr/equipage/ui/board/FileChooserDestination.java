package fr.equipage.ui.board;

import fr.equipage.ui.framework.I18n;
import fr.equipage.ui.framework.SaveDialog;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** The system's save dialog, opening in the folder used last time (or the home folder). */
final class FileChooserDestination implements ExportDestination {
    private final I18n i18n;
    private final SaveDialog dialog = new SaveDialog();

    FileChooserDestination(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public Optional<Path> ask(Window owner, String title, String suggestedName, TeamListFormat format) {
        return dialog.ask(owner, title, suggestedName, i18n.get(format.descriptionKey()), format.extension());
    }
}
