package fr.equipage.store;

import java.nio.file.Path;

/** Another Équipage already has this data folder open. */
public class DataInUseException extends StoreException {
    private static final long serialVersionUID = 1L;

    public DataInUseException(Path dir, Throwable cause) {
        super("Équipage est déjà ouvert sur ces données (" + dir + "). Fermez l'autre fenêtre d'Équipage, "
                + "ou choisissez un autre dossier avec --data-dir.", cause);
    }
}
