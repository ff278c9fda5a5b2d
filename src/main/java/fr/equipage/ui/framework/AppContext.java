package fr.equipage.ui.framework;

import fr.equipage.model.Workshop;
import fr.equipage.service.Labels;
import fr.equipage.service.Services;
import fr.equipage.service.WorkshopData;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.stage.Window;

/**
 * What every screen shares: the services, the current workshop, texts, undo, the task runner, and
 * the open workshop's data. That data is read once after each saved change (or change of workshop)
 * and every screen listens to {@link #dataProperty()}, instead of each screen reading it again.
 */
public final class AppContext {
    private final Services services;
    private final I18n i18n;
    private final TaskRunner tasks;
    private final UndoManager undo;
    private final ObjectProperty<Workshop> workshop = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Shared> data = new ReadOnlyObjectWrapper<>(
            new Shared(0, List.of(), WorkshopData.empty()));
    /** Numbers the reads and the screens' own edits, in the order they reach the database thread. FX thread. */
    private long sequence;
    private final ObjectProperty<Window> window = new SimpleObjectProperty<>();

    public AppContext(Services services, I18n i18n, TaskRunner tasks) {
        this.services = services;
        this.i18n = i18n;
        this.tasks = tasks;
        this.undo = new UndoManager(tasks, this::dataChanged);
        workshop.addListener((o, before, now) -> dataChanged());
    }

    /**
     * One read of the data folder: the workshops, and what the screens show of the open one.
     * {@code sequence} orders it against edits: a screen that saved an edit numbered higher knows
     * this read predates it.
     */
    public record Shared(long sequence, List<Workshop> workshops, WorkshopData data) {
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

    public ReadOnlyObjectProperty<Shared> dataProperty() {
        return data.getReadOnlyProperty();
    }

    /** The open workshop's data as last read. */
    public WorkshopData data() {
        return data.get().data();
    }

    /**
     * Stored data changed: reads it once, on the database thread (so after every write queued
     * before), and hands it to every screen. FX thread.
     */
    public void dataChanged() {
        long number = ++sequence;
        Workshop w = workshop.get();
        tasks.run(() -> new Shared(number, services.workshops().all(),
                w == null ? services.ministriesOnly() : services.read(w.id())), read -> {
                    // A read of a workshop closed since then is of no use to anyone.
                    if (workshop.get() == w || (w != null && workshop.get() != null && workshop.get().id() == w.id())) {
                        data.set(read);
                    }
                });
    }

    /** Numbers an edit a screen saves itself: reads numbered lower were queued before it. FX thread. */
    public long numberEdit() {
        return ++sequence;
    }

    public ObjectProperty<Window> windowProperty() {
        return window;
    }
}
