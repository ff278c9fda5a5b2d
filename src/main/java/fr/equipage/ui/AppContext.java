package fr.equipage.ui;

import fr.equipage.model.Workshop;
import fr.equipage.store.Store;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Window;

/**
 * What every screen shares: the store, the current workshop, texts, undo and the task runner.
 * {@link #dataVersion()} is bumped after each saved change so that screens reload what they show.
 */
public final class AppContext {
    private final Store store;
    private final I18n i18n;
    private final TaskRunner tasks;
    private final UndoManager undo;
    private final ObjectProperty<Workshop> workshop = new SimpleObjectProperty<>();
    private final IntegerProperty dataVersion = new SimpleIntegerProperty();
    private final ObjectProperty<Window> window = new SimpleObjectProperty<>();

    public AppContext(Store store, I18n i18n, TaskRunner tasks) {
        this.store = store;
        this.i18n = i18n;
        this.tasks = tasks;
        this.undo = new UndoManager(tasks, this::dataChanged);
    }

    public Store store() {
        return store;
    }

    public I18n i18n() {
        return i18n;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public UndoManager undo() {
        return undo;
    }

    public ObjectProperty<Workshop> workshopProperty() {
        return workshop;
    }

    public Workshop workshop() {
        return workshop.get();
    }

    /** Id of the current workshop; screens are only shown once one is set. */
    public long workshopId() {
        return workshop.get().id();
    }

    public IntegerProperty dataVersion() {
        return dataVersion;
    }

    /** Tells every screen that stored data changed. FX thread. */
    public void dataChanged() {
        dataVersion.set(dataVersion.get() + 1);
    }

    public ObjectProperty<Window> windowProperty() {
        return window;
    }
}
