package fr.equipage.app;

import fr.equipage.cli.EquipageCommand;
import fr.equipage.engine.CpSat;
import fr.equipage.service.DataFolderException;
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
            java.nio.file.Path dataDir;
            try {
                dataDir = Services.dataFolder(root.dataDir());
            } catch (DataFolderException e) {
                exit(cl, EquipageCommand.commandLineError(cl, e));
                return;
            }
            // While the window and the store open: the board's status line and the first « Optimiser » need it.
            CpSat.preload();
            EquipageApp.launchWith(() -> Startup.open(dataDir));
            return;
        }
        exit(cl, code);
    }

    /**
     * System.exit does not flush: a report printed with print() (no line end, so no auto-flush)
     * would never reach the terminal, and the organiser would see only the final refusal.
     */
    private static void exit(CommandLine cl, int code) {
        cl.getOut().flush();
        cl.getErr().flush();
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }
}
