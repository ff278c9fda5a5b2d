package fr.equipage.cli;

import fr.equipage.io.CsvOptions;
import fr.equipage.io.TrainingDemand;
import fr.equipage.model.Workshop;
import fr.equipage.service.Services;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code export-trainings --out FILE [--format csv|xlsx]}: the demand per training theme, by ministry. */
@Command(name = "export-trainings", description = "Écrit la demande par thème de formation : une ligne par thème, "
        + "colonnes Thème;Demandes puis une par ministère (CSV pour Excel, ou XLSX).")
public class ExportTrainingsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoredData data;

    @Mixin
    SheetOutput sheet;

    @Override
    public Integer call() throws IOException {
        String f = sheet.format();
        Path out = sheet.out();
        if (f == null) {
            spec.commandLine().getErr().println(sheet.unknown());
            return EquipageCommand.INVALID;
        }
        try (Services services = data.open()) {
            Workshop w = data.require(services);
            TrainingDemand d = services.exports().writeTrainings(w.id(), out, f.equals("xlsx"), CsvOptions.FRENCH_EXCEL);
            int people = d.rows().stream().mapToInt(TrainingDemand.Row::demands).sum();
            spec.commandLine().getOut().printf("%d thème(s), %d demande(s) écrits dans %s.%n", d.rows().size(), people, out);
            return EquipageCommand.OK;
        }
    }
}
