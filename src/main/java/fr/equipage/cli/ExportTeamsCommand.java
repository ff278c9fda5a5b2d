package fr.equipage.cli;

import fr.equipage.service.Services;
import fr.equipage.io.CsvOptions;
import fr.equipage.io.TeamList;
import fr.equipage.model.Workshop;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code export-teams --out FILE [--format csv|xlsx] [--comma]}: the current plan's team lists. */
@Command(name = "export-teams", description = "Écrit les listes d'équipes du plan courant (CSV pour Excel, ou XLSX).")
public class ExportTeamsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoredData data;

    @Option(names = "--out", required = true, paramLabel = "FICHIER")
    Path out;

    @Option(names = "--format", paramLabel = "csv|xlsx",
            description = "Format (par défaut : d'après l'extension, sinon csv).")
    String format;

    @Option(names = "--comma", description = "CSV séparé par des virgules, UTF-8 sans BOM (au lieu de « ; » pour Excel).")
    boolean comma;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String f = format != null ? format.toLowerCase(Locale.ROOT)
                : out.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv";
        if (!f.equals("csv") && !f.equals("xlsx")) {
            err.println("--format : « " + format + " » inconnu ; indiquez csv ou xlsx.");
            return EquipageCommand.INVALID;
        }
        try (Services services = data.open()) {
            Workshop w = data.require(services);
            Optional<TeamList> list = services.exports().writeTeams(w.id(), out, f.equals("xlsx"),
                    comma ? CsvOptions.COMMA_UTF8 : CsvOptions.FRENCH_EXCEL);
            if (list.isEmpty()) {
                err.println("L'atelier « " + w.name() + " » n'a pas encore d'équipes : formez-les avant de les exporter.");
                return EquipageCommand.INVALID;
            }
            spec.commandLine().getOut().printf("%d équipe(s) et %d personne(s) sans équipe écrites dans %s.%n",
                    list.get().teams().size(), list.get().unassigned().size(), out);
            return EquipageCommand.OK;
        }
    }
}
