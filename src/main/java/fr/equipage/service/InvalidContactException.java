package fr.equipage.service;

/** A workshop contact that is not a mailbox address; the message, in French, says what was given. */
public final class InvalidContactException extends IllegalArgumentException {
    public InvalidContactException(String message) {
        super(message);
    }
}
