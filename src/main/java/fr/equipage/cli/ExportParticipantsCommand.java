package fr.equipage.cli;

import fr.equipage.io.CsvOptions;
import fr.equipage.io.ParticipantListExporter;
import fr.equipage.model.Workshop;
import fr.equipage.store.Store;
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
        try (Store store = data.open()) {
            Workshop w = data.require(store);
            var people = store.tx(c -> store.participants.all(c, w.id()));
            var proposals = store.tx(c -> store.proposals.all(c, w.id()));
            var ministries = store.tx(c -> store.ministries.all(c));
            ParticipantListExporter.writeCsv(people, proposals, ministries, out,
                    comma ? CsvOptions.COMMA_UTF8 : CsvOptions.FRENCH_EXCEL);
            spec.commandLine().getOut().printf("%d participant(s) écrit(s) dans %s.%n", people.size(), out);
            return EquipageCommand.OK;
        }
    }
}
