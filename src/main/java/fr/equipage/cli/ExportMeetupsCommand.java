package fr.equipage.cli;

import fr.equipage.io.CsvOptions;
import fr.equipage.io.MeetupListExporter;
import fr.equipage.io.MeetupLists;
import fr.equipage.model.MeetupSeason;
import fr.equipage.model.Workshop;
import fr.equipage.service.Services;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code export-meetups --out FILE [--round R] [--format csv|xlsx|html|mailing]}: the planned meet-up
 * rounds as lists (CSV for Excel, XLSX one sheet per round), printable table cards (HTML) or a mail-merge
 * CSV (one row per person and round). Exit 2, nothing written, on a bad option or when no round is planned.
 */
@Command(name = "export-meetups", description = "Écrit les tours de rencontres planifiés : listes (CSV pour Excel : "
        + "Tour;Groupe;Nom;Prénom;Courriel;Ministère;Sujets communs, ou XLSX, une feuille par tour), cartes de table à "
        + "imprimer (HTML) ou publipostage (CSV, une ligne par personne et par tour).")
public class ExportMeetupsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoredData data;

    @Option(names = "--out", required = true, paramLabel = "FICHIER")
    Path out;

    @Option(names = "--round", paramLabel = "R", description = "Seulement ce tour (par défaut : tous les tours planifiés).")
    Integer round;

    @Option(names = "--format", paramLabel = "csv|xlsx|html|mailing",
            description = "Format (par défaut : d'après l'extension — .xlsx, .html —, sinon csv).")
    String format;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        MeetupListExporter.Format f = format();
        if (f == null) {
            err.println("--format : « " + format + " » inconnu ; indiquez csv, xlsx, html ou mailing.");
            return EquipageCommand.INVALID;
        }
        try (Services services = data.open()) {
            Workshop w = data.require(services);
            MeetupSeason season = services.meetups(w.id()).season();
            if (round != null && season.round(round).isEmpty()) {
                err.println("--round : le tour " + round + " n'existe pas ; la saison de « " + w.name() + " » compte "
                        + season.settings().rounds() + " tour(s).");
                return EquipageCommand.INVALID;
            }
            if (round != null && !season.round(round).orElseThrow().planned()) {
                err.println("--round : le tour " + round + " n'est pas encore planifié (meetups-plan). Aucun fichier écrit.");
                return EquipageCommand.INVALID;
            }
            if (season.schedule().rounds().isEmpty()) {
                err.println("L'atelier « " + w.name() + " » n'a encore aucun tour de rencontres planifié : lancez "
                        + "meetups-plan d'abord. Aucun fichier écrit.");
                return EquipageCommand.INVALID;
            }
            MeetupLists lists = services.exports().writeMeetups(w.id(), out, f, round, CsvOptions.FRENCH_EXCEL, Locale.FRENCH);
            spec.commandLine().getOut().printf("%d tour(s), %d table(s), %d place(s) écrits dans %s.%n",
                    lists.rounds().size(), lists.groups(), lists.places(), out);
            return EquipageCommand.OK;
        }
    }

    private MeetupListExporter.Format format() {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        String f = format != null ? format.toLowerCase(Locale.ROOT).strip()
                : name.endsWith(".xlsx") ? "xlsx" : name.endsWith(".html") || name.endsWith(".htm") ? "html" : "csv";
        return switch (f) {
            case "csv" -> MeetupListExporter.Format.CSV;
            case "xlsx" -> MeetupListExporter.Format.XLSX;
            case "html" -> MeetupListExporter.Format.HTML;
            case "mailing", "publipostage" -> MeetupListExporter.Format.MAILING;
            default -> null;
        };
    }
}
