package fr.equipage.cli;

import fr.equipage.model.Workshop;
import fr.equipage.service.Services;
import fr.equipage.service.WorkshopNotFoundException;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Mixin for subcommands that work on stored data: opens the services of the data folder and finds
 * the workshop named by --workshop, or the current one.
 */
public class StoredData {
    @ParentCommand
    EquipageCommand root;

    @Option(names = "--workshop", paramLabel = "NOM", description = "Atelier à utiliser (par défaut : l'atelier courant).")
    String workshop;

    public Services open() {
        return Services.open(Services.dataFolder(root == null ? null : root.dataDir()));
    }

    public String workshopName() {
        return workshop;
    }

    /** The named workshop, or the current one; empty when there is none. */
    public Optional<Workshop> find(Services services) {
        return services.workshops().namedOrCurrent(workshop);
    }

    /** The named or current workshop, or an exception saying which one is missing. */
    public Workshop require(Services services) {
        return find(services).orElseThrow(() -> new WorkshopNotFoundException(workshop != null
                ? "Aucun atelier nommé « " + workshop + " »."
                : "Aucun atelier dans ce dossier de données : importez d'abord des données."));
    }
}
