package fr.equipage.service;

/**
 * One edit the organiser can undo. {@code undo} and {@code redo} run on the database thread;
 * {@code label} names the action in the Edit menu ("déplacer Camille Martin vers Cartiflette").
 */
public interface UndoableEdit {
    String label();

    void undo() throws Exception;

    void redo() throws Exception;
}
