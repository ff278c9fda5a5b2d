package fr.equipage.ui.trainings;

import fr.equipage.ui.framework.I18n;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's save dialog for invite lists, opening in the folder used last time (or the home folder). */
final class InviteSaveDialog implements InviteDestination {
    private final I18n i18n;
    private File lastFolder;

    InviteSaveDialog(I18n i18n) {
        this.i18n = i18n;
    }

    @Override
    public Optional<Path> ask(Window owner, String title, String suggestedName, boolean xlsx) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        File folder = lastFolder != null ? lastFolder : new File(System.getProperty("user.home"));
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        chooser.getExtensionFilters().add(xlsx
                ? new FileChooser.ExtensionFilter(i18n.get("trainings.invites.xlsx"), "*.xlsx")
                : new FileChooser.ExtensionFilter(i18n.get("trainings.invites.csv"), "*.csv"));
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
