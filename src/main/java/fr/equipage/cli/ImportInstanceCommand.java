package fr.equipage.cli;

import fr.equipage.model.Instance;
import fr.equipage.model.Workshop;
import fr.equipage.store.Store;
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
        try (Store store = data.open()) {
            String name = data.workshopName() != null ? data.workshopName() : defaultName(store);
            Workshop w = store.tx(c -> {
                Workshop saved = store.saveInstance(c, instance, name);
                store.workshops.setCurrent(c, saved.id());
                return saved;
            });
            spec.commandLine().getOut().printf("Importé dans l'atelier « %s » : %d participants, %d propositions.%n",
                    w.name(), instance.participants().size(), instance.proposals().size());
            return EquipageCommand.OK;
        }
    }

    /** "Atelier du 2026-11-28 (file.json)", numbered when that name is taken. */
    private String defaultName(Store store) {
        String base = "Atelier du " + LocalDate.now() + " (" + file.getFileName() + ")";
        String name = base;
        for (int i = 2; exists(store, name); i++) {
            name = base + " " + i;
        }
        return name;
    }

    private static boolean exists(Store store, String name) {
        return store.tx(c -> store.workshops.findByName(c, name).isPresent());
    }
}
