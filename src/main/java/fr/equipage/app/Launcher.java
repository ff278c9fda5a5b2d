package fr.equipage.app;

import fr.equipage.cli.EquipageCommand;
import fr.equipage.service.Services;
import fr.equipage.ui.shell.EquipageApp;
import picocli.CommandLine;

/**
 * Main class. It does not extend Application so that the shaded jar starts without the JavaFX
 * module checks; with a subcommand it runs headless, without one it opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        EquipageCommand root = new EquipageCommand();
        CommandLine cl = EquipageCommand.commandLine(root);
        int code = cl.execute(args);
        if (root.guiRequested() && code == 0) {
            var dataDir = Services.dataFolder(root.dataDir());
            EquipageApp.launchWith(() -> Startup.open(dataDir));
            return;
        }
        System.exit(code);
    }
}
