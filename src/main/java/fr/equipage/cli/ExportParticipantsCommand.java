package fr.equipage.cli;

import fr.equipage.service.Services;
import fr.equipage.io.CsvOptions;
import fr.equipage.model.Workshop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export-participants --out FILE.csv [--comma]}: the participants list, which the importer reads back. */
@Command(name = "export-participants", description = "Écrit la liste des participants en CSV (pour Excel par défaut).")
public class ExportParticipantsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoredData data;

    @Option(names = "--out", required = true, paramLabel = "FICHIER.csv")
    Path out;

    @Option(names = "--comma", description = "Séparé par des virgules, UTF-8 sans BOM.")
    boolean comma;

    @Override
    public Integer call() throws IOException {
        try (Services services = data.open()) {
            Workshop w = data.require(services);
            int people = services.exports().writeParticipants(w.id(), out,
                    comma ? CsvOptions.COMMA_UTF8 : CsvOptions.FRENCH_EXCEL);
            spec.commandLine().getOut().printf("%d participant(s) écrit(s) dans %s.%n", people, out);
            return EquipageCommand.OK;
        }
    }
}
