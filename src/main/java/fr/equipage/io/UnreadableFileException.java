package fr.equipage.io;

/**
 * A file that cannot be read as a spreadsheet at all (empty, binary, corrupt, hostile). The message
 * is French, names the file and says what to do; it is shown to the organiser as is.
 */
public class UnreadableFileException extends Exception {
    private static final long serialVersionUID = 1L;

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
