package fr.equipage.io;

/** The import was not written: rows in error were not accepted, or writing failed and was undone. */
public class ImportRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportRefusedException(String message) {
        super(message);
    }

    public ImportRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
