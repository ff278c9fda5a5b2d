package fr.equipage.ui.framework;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's save dialog for one kind of file, opening in the folder used last time (or the home folder). */
public final class SaveDialog {
    private File lastFolder;

    /** Asks where to save; {@code description} names the file type, {@code extension} is ".csv"…; empty when cancelled. */
    public Optional<Path> ask(Window owner, String title, String suggestedName, String description, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        File folder = lastFolder != null ? lastFolder : new File(System.getProperty("user.home"));
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, "*" + extension));
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return Optional.empty();
        }
        lastFolder = chosen.getParentFile();
        return Optional.of(chosen.toPath());
    }
}
