package fr.equipage.cli;

import fr.equipage.engine.InstanceValidator;
import fr.equipage.format.InstanceJson;
import fr.equipage.format.InvalidInputException;
import fr.equipage.model.Instance;
import fr.equipage.model.Problem;
import fr.equipage.files.FileErrors;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate INSTANCE.json}: exit 0 when the instance keeps spec §1, 2 with each problem otherwise. */
@Command(name = "validate", description = "Vérifie un fichier d'instance (equipage-instance/1).")
public class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "INSTANCE.json")
    Path file;

    @Override
    public Integer call() {
        if (readValid(file, spec.commandLine().getErr()) == null) {
            return EquipageCommand.INVALID;
        }
        spec.commandLine().getOut().println(file.getFileName() + " : instance valide.");
        return EquipageCommand.OK;
    }

    /** Reads and validates an instance, printing the problems; null when it is not usable. */
    public static Instance readValid(Path file, PrintWriter err) {
        try {
            Instance instance = InstanceJson.read(file);
            List<Problem> problems = InstanceValidator.validate(instance);
            if (problems.isEmpty()) {
                return instance;
            }
            printProblems(err, file.getFileName().toString(), problems);
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
        } catch (IOException e) {
            err.println("Lecture impossible : " + FileErrors.describe(e, file));
        }
        return null;
    }

    /** "source : N problème(s)" then one line per problem, naming the element and field. */
    static void printProblems(PrintWriter err, String source, List<Problem> problems) {
        err.println(source + " : " + problems.size() + " problème(s)");
        problems.forEach(p -> err.println("  - " + p));
    }
}
