package fr.equipage.files;

import java.io.IOException;

/**
 * A file the organiser named cannot be written or read there (missing folder, no right, a
 * directory…). The message is French and names that file; shown as is.
 */
public class UserFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public UserFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
