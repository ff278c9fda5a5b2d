package fr.equipage.service;

import fr.equipage.model.SpeakerIdea;
import fr.equipage.model.TrainingSession;
import fr.equipage.store.Store;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The undoable edits of a workshop's speaker ideas and training sessions, each saved at once. A new idea
 * or session gets its number when first done and keeps it through undo and redo. A session must be on a
 * theme of the catalogue: its invite list is made of the people who asked for that theme; an idea names a
 * speaker, and its theme, if any, is one of the catalogue.
 */
public final class SeasonEdits {
    private final Store store;
    private final Labels labels;
    private final long workshop;

    SeasonEdits(Store store, Labels labels, long workshop) {
        this.store = store;
        this.labels = labels;
        this.workshop = workshop;
    }

    /** Adds an idea (its id is ignored: the next free number is given). */
    public UndoableEdit addIdea(SpeakerIdea idea) {
        return added(labels.format("edit.season.idea.add", idea.speaker()), c -> store.speakerIdeas.nextId(c, workshop),
                (c, id) -> {
                    checkIdea(c, idea);
                    store.speakerIdeas.save(c, workshop, idea.withId(id));
                }, (c, id) -> store.speakerIdeas.delete(c, workshop, id));
    }

    /** Replaces an idea by {@code after} (same id); undo puts {@code before} back. */
    public UndoableEdit editIdea(SpeakerIdea before, SpeakerIdea after) {
        SpeakerIdea changed = after.withId(before.id());
        return StoreEdit.of(store, labels.format("edit.season.idea.edit", before.speaker()),
                c -> {
                    checkIdea(c, changed);
                    saveExisting(c, changed);
                }, c -> saveExisting(c, before));
    }

    public UndoableEdit removeIdea(SpeakerIdea idea) {
        return StoreEdit.of(store, labels.format("edit.season.idea.remove", idea.speaker()),
                c -> store.speakerIdeas.delete(c, workshop, idea.id()), c -> store.speakerIdeas.save(c, workshop, idea));
    }

    /** Adds a session on a catalogue theme (its id is ignored: the next free number is given). */
    public UndoableEdit addSession(TrainingSession session) {
        return added(labels.format("edit.season.session.add", session.theme()),
                c -> store.trainingSessions.nextId(c, workshop), (c, id) -> {
                    checkTheme(c, session);
                    store.trainingSessions.save(c, workshop, session.withId(id));
                }, (c, id) -> store.trainingSessions.delete(c, workshop, id));
    }

    /** Something stored under a number, taken when first done and kept through undo and redo. */
    @FunctionalInterface
    private interface Numbered {
        void run(Connection c, int id) throws SQLException;
    }

    private UndoableEdit added(String label, fr.equipage.store.SqlWork<Integer> nextId, Numbered save, Numbered delete) {
        int[] id = {0};
        return StoreEdit.of(store, label, c -> {
            int number = id[0] == 0 ? nextId.run(c) : id[0];
            save.run(c, number);
            id[0] = number;
        }, c -> delete.run(c, id[0]));
    }

    /** Replaces a session by {@code after} (same number); undo puts {@code before} back. */
    public UndoableEdit editSession(TrainingSession before, TrainingSession after) {
        TrainingSession changed = after.withId(before.id());
        return StoreEdit.of(store, labels.format("edit.season.session.edit", before.id(), before.theme()), c -> {
            checkTheme(c, changed);
            saveExisting(c, changed);
        }, c -> saveExisting(c, before));
    }

    public UndoableEdit removeSession(TrainingSession session) {
        return StoreEdit.of(store, labels.format("edit.season.session.remove", session.id(), session.theme()),
                c -> store.trainingSessions.delete(c, workshop, session.id()),
                c -> store.trainingSessions.save(c, workshop, session));
    }

    /** An idea names someone, and its theme, when it has one, is in the catalogue. */
    private void checkIdea(Connection c, SpeakerIdea idea) throws SQLException {
        if (idea.speaker().isEmpty()) {
            throw new SeasonEditException(labels.format("error.season.ideaNoSpeaker"));
        }
        if (!idea.theme().isEmpty() && !SeasonService.catalogue(store, c, workshop).contains(idea.theme())) {
            throw new SeasonEditException(labels.format("error.season.unknownTheme", idea.theme()));
        }
    }

    private void checkTheme(Connection c, TrainingSession s) throws SQLException {
        if (s.theme().isEmpty()) {
            throw new SeasonEditException(labels.format("error.season.sessionNoTheme"));
        }
        if (!SeasonService.catalogue(store, c, workshop).contains(s.theme())) {
            throw new SeasonEditException(labels.format("error.season.unknownTheme", s.theme()));
        }
    }

    private void saveExisting(Connection c, SpeakerIdea idea) throws SQLException {
        if (store.speakerIdeas.find(c, workshop, idea.id()).isEmpty()) {
            throw new IllegalStateException(labels.format("error.season.ideaGone", idea.speaker()));
        }
        store.speakerIdeas.save(c, workshop, idea);
    }

    private void saveExisting(Connection c, TrainingSession s) throws SQLException {
        if (store.trainingSessions.find(c, workshop, s.id()).isEmpty()) {
            throw new IllegalStateException(labels.format("error.season.sessionGone", s.id()));
        }
        store.trainingSessions.save(c, workshop, s);
    }
}
