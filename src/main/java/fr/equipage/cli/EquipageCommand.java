package fr.equipage.cli;

import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The root of the headless commands. Global options (data folder, workshop) live here so that every
 * subcommand that works on stored data reads them the same way.
 */
@Command(name = "equipage", versionProvider = EquipageCommand.Version.class, sortOptions = false, synopsisSubcommandLabel = "[COMMANDE]",
        synopsisHeading = "Utilisation : ", commandListHeading = "%nCommandes :%n", optionListHeading = "Options :%n",
        description = "Forme des équipes de projet interministérielles. Sans sous-commande : ouvre l'application.",
        subcommands = {
                ValidateCommand.class,
                ExportInstanceCommand.class,
                ImportInstanceCommand.class,
                SolveCommand.class,
                ScoreCommand.class,
                BenchCommand.class,
                OptimiseCommand.class,
                ImportCommand.class,
                ExportTeamsCommand.class,
                ExportParticipantsCommand.class,
                PublishProjectsCommand.class,
                ExportTrainingsCommand.class,
                ExportInvitesCommand.class,
                ExportSpeakersCommand.class,
                WorkshopContactCommand.class,
                BenchImportCommand.class,
                MeetupsCommand.class,
                ScoreMeetupsCommand.class,
                BenchMeetupsCommand.class,
                MeetupsPlanCommand.class,
                MeetupsRoundCommand.class,
                ExportMeetupsCommand.class,
                ExportMeetupsInstanceCommand.class,
        })
public class EquipageCommand implements Runnable {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Affiche cette aide.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Affiche la version.")
    boolean version;

    @Option(names = "--data-dir", paramLabel = "DOSSIER",
            description = "Dossier des données (par défaut : le dossier de données de l'utilisateur).")
    Path dataDir;

    public Path dataDir() {
        return dataDir;
    }

    private boolean guiRequested;

    /** True when no subcommand was given: the Launcher then opens the window. */
    public boolean guiRequested() {
        return guiRequested;
    }

    @Override
    public void run() {
        guiRequested = true;
    }

    /** Exit codes that scripts rely on. */
    public static final int OK = 0;
    /** A fault of Équipage itself, or a database it cannot open. */
    public static final int INTERNAL = 1;
    /** Bad input, a bad path, an unknown workshop, a data folder in use: nothing was changed. */
    public static final int INVALID = 2;
    public static final int NO_FEASIBLE_PLAN = 3;

    public static CommandLine commandLine() {
        return commandLine(new EquipageCommand());
    }

    /** Every subcommand answers -h/--help, with French headings like the root command's. */
    private static void frenchHelp(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            if (spec.findOption("--help") == null) {
                spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("Affiche cette aide.").build());
            }
            spec.usageMessage().synopsisHeading("Utilisation : ").optionListHeading("Options :%n")
                    .parameterListHeading("Paramètres :%n");
        }
    }

    /** Prints an error raised outside a subcommand (the Launcher's own checks) as the commands do. */
    public static int commandLineError(CommandLine cl, Exception e) {
        return CliErrors.executionError(e, cl.getErr());
    }

    public static CommandLine commandLine(EquipageCommand root) {
        CommandLine cl = new CommandLine(root);
        frenchHelp(cl);
        CliErrors.install(cl);
        return cl;
    }

    /** {@code --version}: the build's version, not a number typed here. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Équipage " + fr.equipage.service.BuildInfo.version()};
        }
    }
}
