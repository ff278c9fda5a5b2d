package fr.equipage.cli;

import fr.equipage.service.Services;
import fr.equipage.service.ImportService;
import fr.equipage.io.ImportKind;
import fr.equipage.io.ImportPlan;
import fr.equipage.io.ImportPlanner;
import fr.equipage.io.ImportRefusedException;
import fr.equipage.io.ImportResult;
import fr.equipage.io.ImportSource;
import fr.equipage.io.ImportTexts;
import fr.equipage.io.MappingOverrides;
import fr.equipage.io.MappingProblem;
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
 * {@code import FILE... [--kind participants|proposals] [--workshop NAME] [--skip-invalid] [--map COLUMN=FIELD]…
 * [--map-file FILE.json]}: imports a
 * registration or proposals spreadsheet, prints the report, and writes all of it or nothing.
 * Unknown ministries are created under a generated code (listed in the report) so that nothing is lost;
 * the organiser merges them in the Ministries screen if they are duplicates. Columns that look like
 * choices (or a known field) but go nowhere refuse the import (exit 2) until --map says where they go.
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

    @Option(names = "--map", paramLabel = "COLONNE=CHAMP", description = "Indique où va une colonne (répétable) : "
            + "--map \"Projet souhaité (1er choix)=Choix 1\", --map \"Adresse de messagerie=Courriel\", "
            + "--map \"Commentaire=ignorer\". La colonne est nommée par son en-tête ou sa lettre.")
    java.util.List<String> maps;

    @Option(names = "--map-file", paramLabel = "FICHIER.json", description = "Les mêmes correspondances dans un fichier "
            + "JSON : {\"Choix n°1\": \"Choix 1\", \"Structure\": \"Ministère\"}. Les --map l'emportent.")
    Path mapFile;

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
                ImportSource source = ImportSource.open(files, forced);
                MappingOverrides.of(maps, mapFile).applyTo(source);
                plan = ImportPlanner.plan(source, snapshot);
            } catch (UnreadableFileException | MappingOverrides.BadMappingException e) {
                err.println(e.getMessage());
                return EquipageCommand.INVALID;
            }
            out.print(plan.report().toText());
            if (!plan.report().mappingProblems().isEmpty()) {
                printMappingProblems(plan, err);
                return EquipageCommand.INVALID;
            }
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
                // Created as typed, as before; a spelling close to a theme is likely a typo to merge.
                plan.unknownTrainings().stream().filter(u -> u.suggestion() != null).forEach(u -> out.println("  "
                        + ImportTexts.text(ImportTexts.FRENCH, "result.themeHint", u.spelling(), u.suggestion())));
                return EquipageCommand.OK;
            } catch (ImportRefusedException e) {
                err.println(e.getMessage());
                return 1;
            }
        }
    }

    /** Names the columns a mapping would lose and the --map options that keep them; nothing is written. */
    private static void printMappingProblems(ImportPlan plan, PrintWriter err) {
        java.util.List<MappingProblem> problems = plan.report().mappingProblems();
        java.util.Set<String> columns = new java.util.LinkedHashSet<>();
        java.util.List<String> options = new java.util.ArrayList<>();
        for (MappingProblem p : problems) {
            p.columns().forEach(c -> columns.add("« " + c + " »"));
            options.addAll(p.mapOptions());
        }
        err.println(ImportTexts.text(ImportTexts.FRENCH, "mapping.cliRefused", String.join(", ", columns)));
        problems.forEach(p -> err.println("  " + p.text().french()));
        err.println(ImportTexts.text(ImportTexts.FRENCH, "mapping.cliHint", String.join(" ", options)));
        err.flush();
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
