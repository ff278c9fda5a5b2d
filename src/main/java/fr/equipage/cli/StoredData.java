package fr.equipage.cli;

import fr.equipage.model.Workshop;
import fr.equipage.store.DataDir;
import fr.equipage.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * Mixin for subcommands that work on stored data: opens the store of the data folder and finds
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
     * Opens the store; when a damaged or empty database had to be replaced by a backup, says so on
     * the error stream (the GUI shows the same warning), since the work since that backup is gone.
     */
    public Store open() {
        Store store = Store.open(DataDir.resolve(root == null ? null : root.dataDir()));
        Path backup = store.db().restoredFrom();
        if (backup != null && mixee != null) {
            PrintWriter err = mixee.commandLine().getErr();
            err.println("Attention : la base de données de « " + store.db().dir() + " » était vide ou endommagée. "
                    + "Équipage a remis en place la sauvegarde « " + backup + " » ; les modifications faites depuis "
                    + "cette sauvegarde sont perdues. Le fichier endommagé est conservé à côté (equipage.mv.db.endommagee-…).");
            err.flush();
        }
        return store;
    }

    public String workshopName() {
        return workshop;
    }

    /** The named workshop, or the current one; empty when there is none. */
    public Optional<Workshop> find(Store store) {
        return store.tx(c -> workshop != null ? store.workshops.findByName(c, workshop) : store.workshops.current(c));
    }

    /** The named or current workshop, or a UserInputException (exit 2) saying which one is missing. */
    public Workshop require(Store store) {
        return find(store).orElseThrow(() -> new UserInputException(workshop != null
                ? "Aucun atelier nommé « " + workshop + " » (--workshop) dans ce dossier de données."
                : "Aucun atelier dans ce dossier de données : importez d'abord des données."));
    }
}
