package fr.equipage.service;

/** The workshop named on the command line, or a current one, does not exist in the data folder. */
public final class WorkshopNotFoundException extends RuntimeException {
    public WorkshopNotFoundException(String message) {
        super(message);
    }
}
