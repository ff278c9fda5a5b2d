package fr.equipage.cli;

import fr.equipage.io.CsvOptions;
import fr.equipage.model.Workshop;
import fr.equipage.service.Services;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code export-speakers --out FILE [--format csv|xlsx]}: the speaker ideas, by theme. */
@Command(name = "export-speakers", description = "Écrit les idées d'intervenants par thème : Thème;Intervenant;"
        + "Organisation;Suggéré par;Note (CSV pour Excel, ou XLSX).")
public class ExportSpeakersCommand implements Callable<Integer> {
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
            int n = services.exports().writeSpeakerIdeas(w.id(), out, f.equals("xlsx"), CsvOptions.FRENCH_EXCEL);
            spec.commandLine().getOut().printf("%d idée(s) d'intervenant écrite(s) dans %s.%n", n, out);
            return EquipageCommand.OK;
        }
    }
}
