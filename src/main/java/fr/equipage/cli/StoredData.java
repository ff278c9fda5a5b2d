package fr.equipage.cli;

import fr.equipage.model.Workshop;
import fr.equipage.store.DataDir;
import fr.equipage.store.Store;
import fr.equipage.store.StoreException;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Mixin for subcommands that work on stored data: opens the store of the data folder and finds
 * the workshop named by --workshop, or the current one.
 */
public class StoredData {
    @ParentCommand
    EquipageCommand root;

    @Option(names = "--workshop", paramLabel = "NOM", description = "Atelier à utiliser (par défaut : l'atelier courant).")
    String workshop;

    public Store open() {
        return Store.open(DataDir.resolve(root == null ? null : root.dataDir()));
    }

    public String workshopName() {
        return workshop;
    }

    /** The named workshop, or the current one; empty when there is none. */
    public Optional<Workshop> find(Store store) {
        return store.tx(c -> workshop != null ? store.workshops.findByName(c, workshop) : store.workshops.current(c));
    }

    /** The named or current workshop, or a StoreException saying which one is missing. */
    public Workshop require(Store store) {
        return find(store).orElseThrow(() -> new StoreException(workshop != null
                ? "Aucun atelier nommé « " + workshop + " »."
                : "Aucun atelier dans ce dossier de données : importez d'abord des données."));
    }
}
