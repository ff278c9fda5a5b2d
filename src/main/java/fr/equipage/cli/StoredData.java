package fr.equipage.cli;

import fr.equipage.model.Workshop;
import fr.equipage.service.Services;
import fr.equipage.service.WorkshopNotFoundException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Mixin for subcommands that work on stored data: opens the services of the data folder and finds
 * the workshop named by --workshop, or the current one.
 */
public class StoredData {
    @ParentCommand
    EquipageCommand root;

    @Option(names = "--workshop", paramLabel = "NOM", description = "Atelier à utiliser (par défaut : l'atelier courant).")
    String workshop;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    /**
     * Opens the services; when a damaged or empty database had to be replaced by a backup, says so on
     * the error stream (the GUI shows the same warning), since the work since that backup is gone.
     */
    public Services open() {
        Services services = Services.open(Services.dataFolder(root == null ? null : root.dataDir()));
        Optional<Path> backup = services.restoredFrom();
        if (backup.isPresent() && mixee != null) {
            PrintWriter err = mixee.commandLine().getErr();
            err.println("Attention : la base de données de « " + services.dataDir() + " » était vide ou endommagée. "
                    + "Équipage a remis en place la sauvegarde « " + backup.get() + " » ; les modifications faites depuis "
                    + "cette sauvegarde sont perdues. Le fichier endommagé est conservé à côté (equipage.mv.db.endommagee-…).");
            err.flush();
        }
        return services;
    }

    public String workshopName() {
        return workshop;
    }

    /** The named workshop, or the current one; empty when there is none. */
    public Optional<Workshop> find(Services services) {
        return services.workshops().namedOrCurrent(workshop);
    }

    /** The named or current workshop, or a WorkshopNotFoundException (exit 2) saying which one is missing. */
    public Workshop require(Services services) {
        return find(services).orElseThrow(() -> new WorkshopNotFoundException(workshop != null
                ? "Aucun atelier nommé « " + workshop + " » (--workshop) dans ce dossier de données."
                : "Aucun atelier dans ce dossier de données : importez d'abord des données."));
    }
}
