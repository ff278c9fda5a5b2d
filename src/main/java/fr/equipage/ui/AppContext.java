package fr.equipage.ui;

import fr.equipage.model.Workshop;
import fr.equipage.service.Labels;
import fr.equipage.service.Services;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Window;

/**
 * What every screen shares: the services, the current workshop, texts, undo and the task runner.
 * {@link #dataVersion()} is bumped after each saved change so that screens reload what they show.
 */
public final class AppContext {
    private final Services services;
    private final I18n i18n;
    private final TaskRunner tasks;
    private final UndoManager undo;
    private final ObjectProperty<Workshop> workshop = new SimpleObjectProperty<>();
    private final IntegerProperty dataVersion = new SimpleIntegerProperty();
    private final ObjectProperty<Window> window = new SimpleObjectProperty<>();

    public AppContext(Services services, I18n i18n, TaskRunner tasks) {
        this.services = services;
        this.i18n = i18n;
        this.tasks = tasks;
        this.undo = new UndoManager(tasks, this::dataChanged);
    }

    /** The use cases; call them from the database thread ({@link #tasks()}). */
    public Services services() {
        return services;
    }

    /** The undo labels and service messages, in the organiser's language. */
    public Labels labels() {
        return i18n::format;
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
