package fr.equipage.service;

/**
 * The data folder cannot be used as asked: an invalid path (empty, a file, a ';'), or another
 * Équipage has it open. The user can fix it; nothing was changed. French message naming the folder.
 */
public final class DataFolderException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DataFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
