package fr.equipage.ui.board;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Where to write an exported file: a save dialog for people, a fixed path for tests. */
interface ExportDestination {
    Optional<Path> ask(Window owner, String title, String suggestedName, TeamListFormat format);
}
