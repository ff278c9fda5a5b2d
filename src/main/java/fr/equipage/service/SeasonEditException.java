package fr.equipage.service;

/** A season edit refused (unknown theme, a theme still in use…); the message says why, in the organiser's words. */
public final class SeasonEditException extends IllegalArgumentException {
    public SeasonEditException(String message) {
        super(message);
    }
}
