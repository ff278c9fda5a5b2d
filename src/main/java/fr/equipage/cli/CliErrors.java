package fr.equipage.cli;

import fr.equipage.files.FileErrors;
import fr.equipage.files.UserFileException;
import fr.equipage.service.DataFolderException;
import fr.equipage.service.InvalidContactException;
import fr.equipage.service.WorkshopNotFoundException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;

/**
 * Every error the command line prints, in French and with the user's own path or option, and its
 * exit code: 2 for what the user can fix (bad option, bad path, unknown workshop, data folder in
 * use), 1 only for faults of Équipage itself. Kept in one place so that commands just throw.
 */
final class CliErrors {
    private CliErrors() {
    }

    /** Installs the French handlers on a command line (and its subcommands). */
    static void install(CommandLine cl) {
        cl.setParameterExceptionHandler(CliErrors::parameterError);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> executionError(ex, cmd.getErr()));
    }

    static int executionError(Exception ex, PrintWriter err) {
        Failure f = classify(ex);
        err.println(f.message());
        err.flush();
        return f.exitCode();
    }

    record Failure(String message, int exitCode) {
    }

    static Failure classify(Throwable ex) {
        if (ex instanceof UncheckedIOException u) {
            return classify(u.getCause());
        }
        if (ex instanceof WorkshopNotFoundException || ex instanceof DataFolderException
                || ex instanceof InvalidContactException) {
            return new Failure("Erreur : " + ex.getMessage(), EquipageCommand.INVALID);
        }
        if (ex instanceof UserFileException) {
            return new Failure("Erreur : " + ex.getMessage(), EquipageCommand.INVALID);
        }
        if (ex instanceof IOException io) {
            Path path = FileErrors.pathOf(io);
            String text = path != null ? FileErrors.describe(io, path)
                    : "Erreur de lecture ou d'écriture : " + (io.getMessage() == null ? io.toString() : io.getMessage());
            return new Failure("Erreur : " + text, EquipageCommand.INVALID);
        }
        if (ex.getClass().getName().startsWith("fr.equipage.") && ex.getMessage() != null) {
            // Équipage's own failures (a database it cannot open…) carry a French message for the user.
            return new Failure("Erreur : " + ex.getMessage(), EquipageCommand.INTERNAL);
        }
        return new Failure("Erreur interne d'Équipage (" + ex + "). Rien n'a été enregistré par cette commande ; "
                + "signalez ce message avec la commande lancée.", EquipageCommand.INTERNAL);
    }

    /** Picocli's own messages are English: each kind is said again in French, naming the option. */
    static int parameterError(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(french(ex));
        err.println("Voir « " + cmd.getCommandSpec().qualifiedName() + " --help ».");
        err.flush();
        return EquipageCommand.INVALID;
    }

    static String french(ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException u) {
            List<String> unmatched = u.getUnmatched();
            String first = unmatched.isEmpty() ? "" : unmatched.get(0);
            return first.startsWith("-") ? "Option inconnue : '" + first + "'."
                    : "Argument en trop : '" + first + "'" + (unmatched.size() > 1 ? " (et " + (unmatched.size() - 1)
                    + " autre(s))" : "") + ".";
        }
        if (ex instanceof CommandLine.MissingParameterException m) {
            String msg = String.valueOf(m.getMessage());
            if (msg.startsWith("Missing required parameter for option") && !m.getMissing().isEmpty()) {
                return "Valeur manquante pour l'option '" + name(m.getMissing().get(0)) + "'.";
            }
            List<String> names = m.getMissing().stream().map(CliErrors::name).toList();
            boolean options = m.getMissing().stream().allMatch(ArgSpec::isOption);
            return (options ? "Option obligatoire manquante : " : "Paramètre obligatoire manquant : ")
                    + String.join(", ", names.stream().map(n -> "'" + n + "'").toList()) + ".";
        }
        if (ex instanceof CommandLine.OverwrittenOptionException o && o.getOverwritten() != null) {
            return "L'option '" + name(o.getOverwritten()) + "' ne peut être donnée qu'une fois.";
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            String what = ex.getArgSpec().isOption() ? "l'option '" + name(ex.getArgSpec()) + "'"
                    : "le paramètre '" + name(ex.getArgSpec()) + "'";
            if (ex.getCause() instanceof TimeLimit.FrenchConversionException f) {
                return "Valeur invalide pour " + what + " : " + f.getMessage();
            }
            return "Valeur invalide pour " + what + " : '" + ex.getValue() + "' " + expected(ex.getArgSpec().type()) + ".";
        }
        return "Ligne de commande invalide (" + ex.getMessage() + ").";
    }

    private static String expected(Class<?> type) {
        String t = type.getSimpleName().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "int", "integer", "long", "short", "byte" -> "n'est pas un nombre entier";
            case "double", "float" -> "n'est pas un nombre";
            case "path", "file" -> "n'est pas un chemin de fichier valide";
            case "boolean" -> "n'est ni true ni false";
            default -> "n'est pas une valeur acceptée";
        };
    }

    private static String name(ArgSpec spec) {
        if (spec instanceof OptionSpec o) {
            return o.longestName();
        }
        return ((PositionalParamSpec) spec).paramLabel();
    }
}
