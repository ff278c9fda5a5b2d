package fr.equipage.ui.trainings;

import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.Window;

/** Where to write the invite lists: a save dialog for people, a fixed path for tests. */
interface InviteDestination {
    Optional<Path> ask(Window owner, String title, String suggestedName, boolean xlsx);
}
