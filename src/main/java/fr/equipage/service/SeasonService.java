package fr.equipage.service;

import fr.equipage.engine.InviteLists;
import fr.equipage.io.TrainingDemand;
import fr.equipage.io.TrainingThemes;
import fr.equipage.model.MinistryChecks;
import fr.equipage.model.Participant;
import fr.equipage.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The season of trainings of one workshop: what people asked for, the speakers they suggested, the
 * sessions planned and who is invited to each. Reads are one transaction; edits are undoable and saved
 * at once (see {@link SeasonEdits} and {@link ThemeCatalogueEdits}).
 */
public final class SeasonService {
    private final Store store;
    private final long workshop;

    SeasonService(Store store, long workshop) {
        this.store = store;
        this.workshop = workshop;
    }

    /** Everything the « Formations » screen shows, in one consistent read. */
    public Season read() {
        return store.tx(c -> {
            List<String> themes = catalogue(store, c, workshop);
            List<Participant> people = store.participants.all(c, workshop);
            var sessions = store.trainingSessions.all(c, workshop);
            var ministries = store.ministries.all(c);
            return new Season(themes, TrainingDemand.of(themes, people, ministries), store.speakerIdeas.all(c, workshop),
                    InviteLists.plan(sessions, people, MinistryChecks.tops(ministries)), people);
        });
    }

    /** The undoable edits of speaker ideas and sessions, labelled for the Edit menu by {@code labels}. */
    public SeasonEdits edits(Labels labels) {
        return new SeasonEdits(store, labels, workshop);
    }

    /** The undoable edits of the theme catalogue (rename, merge, add, remove). */
    public ThemeCatalogueEdits catalogue(Labels labels) {
        return new ThemeCatalogueEdits(store, labels, workshop);
    }

    /** The workshop's catalogue, or the six default themes while it has none of its own. */
    static List<String> catalogue(Store store, Connection c, long workshop) throws SQLException {
        List<String> stored = store.trainingThemes.all(c, workshop);
        return stored.isEmpty() ? TrainingThemes.DEFAULTS : stored;
    }
}
