package fr.equipage.cli;

import fr.equipage.service.Services;
import fr.equipage.service.WorkshopService;
import fr.equipage.model.Instance;
import fr.equipage.model.Workshop;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import-instance FILE.json [--workshop NAME]}: stores a valid instance as a new workshop (or
 * into the named one) and makes it current. An invalid file changes nothing.
 */
@Command(name = "import-instance", description = "Enregistre une instance JSON comme atelier (nouveau, ou celui nommé).")
public class ImportInstanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoredData data;

    @Parameters(index = "0", paramLabel = "FICHIER.json")
    Path file;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Instance instance = ValidateCommand.readValid(file, err);
        if (instance == null) {
            return EquipageCommand.INVALID;
        }
        try (Services services = data.open()) {
            String name = data.workshopName() != null ? data.workshopName() : defaultName(services.workshops());
            Workshop w = services.workshops().saveInstance(instance, name);
            spec.commandLine().getOut().printf("Importé dans l'atelier « %s » : %d participants, %d propositions.%n",
                    w.name(), instance.participants().size(), instance.proposals().size());
            return EquipageCommand.OK;
        }
    }

    /** "Atelier du 2026-11-28 (file.json)", numbered when that name is taken. */
    private String defaultName(WorkshopService workshops) {
        String base = "Atelier du " + LocalDate.now() + " (" + file.getFileName() + ")";
        String name = base;
        for (int i = 2; workshops.byName(name).isPresent(); i++) {
            name = base + " " + i;
        }
        return name;
    }
}
