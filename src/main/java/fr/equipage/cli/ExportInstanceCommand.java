package fr.equipage.cli;

import fr.equipage.service.Services;
import fr.equipage.model.Instance;
import fr.equipage.model.Workshop;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export-instance --out FILE.json}: writes the workshop as an equipage-instance/1. */
@Command(name = "export-instance", description = "Écrit l'atelier courant comme instance JSON (equipage-instance/1).")
public class ExportInstanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoredData data;

    @Option(names = "--out", required = true, paramLabel = "FICHIER.json")
    Path out;

    @Override
    public Integer call() throws Exception {
        try (Services services = data.open()) {
            Workshop w = data.require(services);
            Instance instance = services.exports().writeInstance(w.id(), out);
            spec.commandLine().getOut().printf("Atelier « %s » écrit dans %s (%d participants, %d propositions).%n",
                    w.name(), out, instance.participants().size(), instance.proposals().size());
            return EquipageCommand.OK;
        }
    }
}
