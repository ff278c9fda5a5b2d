package fr.equipage.store;

/**
 * The data folder asked for cannot hold the database (empty path, a file, a character H2 would
 * read as a setting, a parent that cannot be created). Bad input: nothing was created or changed.
 */
public class InvalidDataDirException extends StoreException {
    private static final long serialVersionUID = 1L;

    public InvalidDataDirException(String message) {
        super(message);
    }

    public InvalidDataDirException(String message, Throwable cause) {
        super(message, cause);
    }
}
