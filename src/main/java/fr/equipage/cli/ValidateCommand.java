package fr.equipage.cli;

import fr.equipage.engine.InstanceValidator;
import fr.equipage.io.InstanceJson;
import fr.equipage.io.InvalidInputException;
import fr.equipage.model.Instance;
import fr.equipage.model.Problem;
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
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Problem> problems = problems(file, err);
        if (problems == null) {
            return EquipageCommand.INVALID;
        }
        if (problems.isEmpty()) {
            out.println(file.getFileName() + " : instance valide.");
            return EquipageCommand.OK;
        }
        err.println(file.getFileName() + " : " + problems.size() + " problème(s)");
        problems.forEach(p -> err.println("  - " + p));
        return EquipageCommand.INVALID;
    }

    /** Every problem of the file (reading and spec checks), or null when it cannot be read at all. */
    static List<Problem> problems(Path file, PrintWriter err) {
        try {
            Instance instance = InstanceJson.read(file);
            return InstanceValidator.validate(instance);
        } catch (InvalidInputException e) {
            return e.problems();
        } catch (IOException e) {
            err.println("Impossible de lire " + file + " : " + e.getMessage());
            return null;
        }
    }

    /** Reads and validates an instance, printing the problems; null when it is not usable. */
    public static Instance readValid(Path file, PrintWriter err) {
        try {
            Instance instance = InstanceJson.read(file);
            List<Problem> problems = InstanceValidator.validate(instance);
            if (problems.isEmpty()) {
                return instance;
            }
            err.println(file.getFileName() + " : " + problems.size() + " problème(s)");
            problems.forEach(p -> err.println("  - " + p));
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
        } catch (IOException e) {
            err.println("Impossible de lire " + file + " : " + e.getMessage());
        }
        return null;
    }
}
