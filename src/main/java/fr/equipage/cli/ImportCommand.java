package fr.equipage.cli;

import fr.equipage.service.Services;
import fr.equipage.service.ImportService;
import fr.equipage.io.ImportKind;
import fr.equipage.io.ImportPlan;
import fr.equipage.io.ImportPlanner;
import fr.equipage.io.ImportRefusedException;
import fr.equipage.io.ImportResult;
import fr.equipage.io.ImportSource;
import fr.equipage.io.UnreadableFileException;
import fr.equipage.io.WorkshopSnapshot;
import fr.equipage.model.Workshop;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import FILE... [--kind participants|proposals] [--workshop NAME] [--skip-invalid]}: imports a
 * registration or proposals spreadsheet, prints the report, and writes all of it or nothing.
 * Unknown ministries are created under a generated code (listed in the report) so that nothing is lost;
 * the organiser merges them in the Ministries screen if they are duplicates.
 */
@Command(name = "import", description = "Importe un tableau d'inscriptions ou de propositions (CSV, XLSX, ODS) "
        + "dans l'atelier courant, ou celui nommé (créé s'il n'existe pas).")
public class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoredData data;

    @Parameters(arity = "1..*", paramLabel = "FICHIER",
            description = "Un ou plusieurs fichiers importés ensemble (par exemple propositions et inscriptions).")
    java.util.List<Path> files;

    @Option(names = "--kind", paramLabel = "participants|proposals",
            description = "Nature du tableau (par défaut : devinée d'après les en-têtes).")
    String kind;

    @Option(names = "--skip-invalid", description = "Importe les lignes valides en ignorant celles en erreur.")
    boolean skipInvalid;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportKind forced;
        try {
            forced = parseKind(kind);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return EquipageCommand.INVALID;
        }
        try (Services services = data.open()) {
            ImportService imports = services.imports();
            Optional<Workshop> existing = data.find(services);
            WorkshopSnapshot snapshot = existing.map(w -> imports.snapshot(w.id())).orElseGet(imports::emptySnapshot);
            ImportPlan plan;
            try {
                plan = ImportPlanner.plan(ImportSource.open(files, forced), snapshot);
            } catch (UnreadableFileException e) {
                err.println(e.getMessage());
                return EquipageCommand.INVALID;
            }
            out.print(plan.report().toText());
            if (plan.report().hasErrors() && !skipInvalid) {
                err.printf("Import refusé : %d erreur(s). Corrigez le fichier, ou relancez avec --skip-invalid pour "
                        + "importer les lignes valides.%n", plan.report().errorCount());
                return EquipageCommand.INVALID;
            }
            String name = existing.map(Workshop::name).orElse(data.workshopName() != null ? data.workshopName()
                    : "Atelier du " + LocalDate.now() + " (" + files.get(0).getFileName() + ")");
            try {
                ImportResult result = imports.commitInto(name, existing.isEmpty(), plan, skipInvalid);
                out.println("Importé dans l'atelier « " + name + " ». " + result.summary());
                return EquipageCommand.OK;
            } catch (ImportRefusedException e) {
                err.println(e.getMessage());
                return 1;
            }
        }
    }

    static ImportKind parseKind(String kind) {
        if (kind == null) {
            return null;
        }
        switch (kind.toLowerCase(Locale.ROOT)) {
            case "participants":
            case "inscriptions":
                return ImportKind.PARTICIPANTS;
            case "proposals":
            case "propositions":
                return ImportKind.PROPOSALS;
            default:
                throw new IllegalArgumentException("--kind : « " + kind + " » inconnu ; indiquez participants ou proposals.");
        }
    }
}
