package fr.equipage.cli;

import fr.equipage.io.CsvOptions;
import fr.equipage.model.Workshop;
import fr.equipage.service.Services;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/** {@code export-speakers --out FILE [--format csv|xlsx]}: the speaker ideas, by theme. */
@Command(name = "export-speakers", description = "Écrit les idées d'intervenants par thème : Thème;Intervenant;"
        + "Organisation;Suggéré par;Note (CSV pour Excel, ou XLSX).")
public class ExportSpeakersCommand extends SheetExport {

    @Override
    int write(Services services, Workshop w, Path out, boolean xlsx) throws IOException {
        int n = services.exports().writeSpeakerIdeas(w.id(), out, xlsx, CsvOptions.FRENCH_EXCEL);
        out().printf("%d idée(s) d'intervenant écrite(s) dans %s.%n", n, out);
        return EquipageCommand.OK;
    }
}
