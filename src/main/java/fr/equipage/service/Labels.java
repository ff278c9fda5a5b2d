package fr.equipage.service;

/**
 * Turns a message key and its arguments into the text the organiser reads (the UI passes its
 * resource bundle). Services name their undo labels and errors by key so that they stay free of
 * any language.
 */
@FunctionalInterface
public interface Labels {
    String format(String key, Object... args);
}
