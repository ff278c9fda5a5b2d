package fr.equipage.cli;

import fr.equipage.io.CsvOptions;
import fr.equipage.io.TrainingDemand;
import fr.equipage.model.Workshop;
import fr.equipage.service.Services;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code export-trainings --out FILE [--format csv|xlsx]}: the demand per training theme, by ministry. */
@Command(name = "export-trainings", description = "Écrit la demande par thème de formation : une ligne par thème, "
        + "colonnes Thème;Demandes puis une par ministère (CSV pour Excel, ou XLSX).")
public class ExportTrainingsCommand extends SheetExport {

    @Override
    int write(Services services, Workshop w, Path out, boolean xlsx) throws IOException {
        TrainingDemand d = services.exports().writeTrainings(w.id(), out, xlsx, CsvOptions.FRENCH_EXCEL);
        int people = d.rows().stream().mapToInt(TrainingDemand.Row::demands).sum();
        out().printf("%d thème(s), %d demande(s) écrits dans %s.%n", d.rows().size(), people, out);
        return EquipageCommand.OK;
    }
}
