package fr.equipage.service;

import fr.equipage.store.DataDir;
import fr.equipage.store.DataInUseException;
import fr.equipage.store.InvalidDataDirException;
import fr.equipage.store.Store;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The application's use cases on one data folder, shared by the window and the command line.
 * Nothing above this layer sees JDBC or the store: it takes and returns model records. Every call
 * is one transaction and blocks, so the UI calls it from its database thread.
 */
public final class Services implements AutoCloseable {
    private final Store store;
    private final WorkshopService workshops;
    private final Preferences preferences;

    private Services(Store store) {
        this.store = store;
        this.workshops = new WorkshopService(store);
        this.preferences = new Preferences(store);
    }

    /** Opens (or creates) the data folder; one process at a time. */
    public static Services open(Path dataDir) {
        try {
            return new Services(Store.open(dataDir));
        } catch (InvalidDataDirException | DataInUseException e) {
            throw new DataFolderException(e.getMessage(), e);
        }
    }

    /**
     * Services over a store opened elsewhere (tests that also check the database directly). Closing
     * the services closes that store.
     */
    public static Services over(Store store) {
        return new Services(store);
    }

    /** The folder named by the user, or the platform's data folder when {@code chosen} is null. */
    public static Path dataFolder(Path chosen) {
        try {
            return DataDir.resolve(chosen);
        } catch (InvalidDataDirException e) {
            throw new DataFolderException(e.getMessage(), e);
        }
    }

    public Path dataDir() {
        return store.db().dir();
    }

    /** The backup put back at opening because the database file could not be read, if any. */
    public Optional<Path> restoredFrom() {
        return Optional.ofNullable(store.db().restoredFrom());
    }

    public WorkshopService workshops() {
        return workshops;
    }

    public Preferences preferences() {
        return preferences;
    }

    /** What the organiser screens show about a workshop, in one consistent read. */
    public WorkshopData read(long workshop) {
        return store.tx(c -> WorkshopData.load(store, c, workshop));
    }

    /** The ministries alone, for a data folder with no workshop open. */
    public WorkshopData ministriesOnly() {
        return WorkshopData.ministriesOnly(store.tx(store.ministries::all));
    }

    public ParticipantEdits participantEdits(long workshop, Labels labels) {
        return new ParticipantEdits(store, labels, workshop);
    }

    public ProposalEdits proposalEdits(long workshop, Labels labels) {
        return new ProposalEdits(store, labels, workshop);
    }

    public MinistryEdits ministryEdits(Labels labels) {
        return new MinistryEdits(store, labels);
    }

    public QuickAddEdit quickAddParticipant(long workshop, String name, Labels labels) {
        return QuickAddEdit.participant(store, workshop, name, labels);
    }

    public QuickAddEdit quickAddProposal(long workshop, String title, Labels labels) {
        return QuickAddEdit.proposal(store, workshop, title, labels);
    }

    public BoardPersistence board(long workshop) {
        return new BoardPersistence(store, workshop);
    }

    /** The season's meet-ups of a workshop; undo labels and errors in the organiser's language. */
    public MeetupService meetups(long workshop, Labels labels) {
        return new MeetupService(store, labels, workshop);
    }

    /** The season's meet-ups of a workshop, with French labels and errors (command line). */
    public MeetupService meetups(long workshop) {
        return meetups(workshop, FRENCH);
    }

    /** The application's texts in French, for callers with no bundle of their own (command line). */
    static final Labels FRENCH = (key, args) -> new fr.equipage.model.Message("messages", key, java.util.Arrays.asList(args))
            .format(java.util.Locale.FRENCH);

    public OptimiseService optimiser() {
        return new OptimiseService(store);
    }

    public ImportService imports() {
        return new ImportService(store);
    }

    public ExportService exports() {
        return new ExportService(store);
    }

    @Override
    public void close() {
        store.close();
    }
}
