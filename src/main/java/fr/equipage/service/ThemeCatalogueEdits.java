package fr.equipage.service;

import fr.equipage.io.Texts;
import fr.equipage.model.Participant;
import fr.equipage.model.SpeakerIdea;
import fr.equipage.model.TrainingSession;
import fr.equipage.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The undoable edits of a workshop's catalogue of training themes. Renaming or merging a theme rewrites
 * it everywhere in the same transaction: in every person's needs (without duplicates), in the sessions
 * and in the speaker ideas. Undo puts back exactly what each edit changed, and the catalogue as it was
 * (no catalogue of its own: the defaults again). Names are compared as the import matches them, in any
 * case and with or without accents: "nlp" and "NLP" are one theme.
 */
public final class ThemeCatalogueEdits {
    private final Store store;
    private final Labels labels;
    private final long workshop;

    ThemeCatalogueEdits(Store store, Labels labels, long workshop) {
        this.store = store;
        this.labels = labels;
        this.workshop = workshop;
    }

    /** Renames a theme (a new spelling of the same theme may differ only in case or accents). */
    public UndoableEdit rename(String theme, String newName) {
        String to = Texts.collapseSpaces(newName == null ? "" : newName);
        return new Rewrite(labels.format("edit.season.theme.rename", theme, to), c -> {
            List<String> themes = current(c);
            requireIn(themes, theme);
            requireName(to);
            if (themes.stream().anyMatch(t -> !t.equals(theme) && Texts.key(t).equals(Texts.key(to)))) {
                throw new SeasonEditException(labels.format("error.season.themeExists", to));
            }
            return themes.stream().map(t -> t.equals(theme) ? to : t).toList();
        }, t -> t.equals(theme) ? to : t);
    }

    /** Merges {@code theme} into {@code into}: who asked for either now asks for {@code into}, once. */
    public UndoableEdit merge(String theme, String into) {
        return new Rewrite(labels.format("edit.season.theme.merge", theme, into), c -> {
            List<String> themes = current(c);
            requireIn(themes, theme);
            requireIn(themes, into);
            if (theme.equals(into)) {
                throw new SeasonEditException(labels.format("error.season.mergeSelf", theme));
            }
            return themes.stream().filter(t -> !t.equals(theme)).toList();
        }, t -> t.equals(theme) ? into : t);
    }

    /** Adds a theme at the end of the catalogue. */
    public UndoableEdit add(String name) {
        String theme = Texts.collapseSpaces(name == null ? "" : name);
        return new Rewrite(labels.format("edit.season.theme.add", theme), c -> {
            List<String> themes = new ArrayList<>(current(c));
            requireName(theme);
            if (themes.stream().anyMatch(t -> Texts.key(t).equals(Texts.key(theme)))) {
                throw new SeasonEditException(labels.format("error.season.themeExists", theme));
            }
            themes.add(theme);
            return themes;
        }, UnaryOperator.identity());
    }

    /** Removes a theme nobody asked for and no session or idea uses; otherwise refuses and says who uses it. */
    public UndoableEdit remove(String theme) {
        return new Rewrite(labels.format("edit.season.theme.remove", theme), c -> {
            List<String> themes = current(c);
            requireIn(themes, theme);
            long people = store.participants.all(c, workshop).stream().filter(p -> p.trainings().contains(theme)).count();
            long sessions = store.trainingSessions.all(c, workshop).stream().filter(s -> s.theme().equals(theme)).count();
            long ideas = store.speakerIdeas.all(c, workshop).stream().filter(i -> i.theme().equals(theme)).count();
            if (people + sessions + ideas > 0) {
                throw new SeasonEditException(labels.format("error.season.themeInUse", theme, people, sessions, ideas));
            }
            return themes.stream().filter(t -> !t.equals(theme)).toList();
        }, UnaryOperator.identity());
    }

    private List<String> current(Connection c) throws SQLException {
        return SeasonService.catalogue(store, c, workshop);
    }

    private void requireIn(List<String> themes, String theme) {
        if (!themes.contains(theme)) {
            throw new SeasonEditException(labels.format("error.season.unknownTheme", theme));
        }
    }

    private void requireName(String name) {
        if (name.isEmpty()) {
            throw new SeasonEditException(labels.format("error.season.themeBlank"));
        }
    }

    /** Checks the edit against the stored data and returns the new catalogue. */
    @FunctionalInterface
    private interface CatalogueChange {
        List<String> apply(Connection c) throws SQLException;
    }

    /** What an edit changed, to put it back. */
    private record Trace(List<String> storedCatalogue, Map<String, List<String>> needs, Map<Integer, String> ideaThemes,
                         Map<Integer, String> sessionThemes) {
    }

    private final class Rewrite implements UndoableEdit {
        private final String label;
        private final CatalogueChange change;
        private final UnaryOperator<String> themeOf;
        private Trace trace;

        Rewrite(String label, CatalogueChange change, UnaryOperator<String> themeOf) {
            this.label = label;
            this.change = change;
            this.themeOf = themeOf;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void redo() {
            store.run(c -> {
                List<String> stored = store.trainingThemes.all(c, workshop);
                List<String> next = change.apply(c);
                Map<String, List<String>> needs = new LinkedHashMap<>();
                for (Participant p : store.participants.all(c, workshop)) {
                    List<String> mapped = p.trainings().stream().map(themeOf).distinct().toList();
                    if (!mapped.equals(p.trainings())) {
                        needs.put(p.id(), p.trainings());
                        store.participants.save(c, workshop, p.withTrainings(mapped));
                    }
                }
                Map<Integer, String> ideaThemes = new LinkedHashMap<>();
                for (SpeakerIdea i : store.speakerIdeas.all(c, workshop)) {
                    if (!themeOf.apply(i.theme()).equals(i.theme())) {
                        ideaThemes.put(i.id(), i.theme());
                        store.speakerIdeas.save(c, workshop, i.withTheme(themeOf.apply(i.theme())));
                    }
                }
                Map<Integer, String> sessionThemes = new LinkedHashMap<>();
                for (TrainingSession s : store.trainingSessions.all(c, workshop)) {
                    if (!themeOf.apply(s.theme()).equals(s.theme())) {
                        sessionThemes.put(s.id(), s.theme());
                        store.trainingSessions.save(c, workshop, s.withTheme(themeOf.apply(s.theme())));
                    }
                }
                store.trainingThemes.saveAll(c, workshop, next);
                trace = new Trace(stored, needs, ideaThemes, sessionThemes);
            });
        }

        @Override
        public void undo() {
            store.run(c -> {
                store.trainingThemes.saveAll(c, workshop, trace.storedCatalogue());
                for (var e : trace.needs().entrySet()) {
                    var p = store.participants.find(c, workshop, e.getKey());
                    if (p.isPresent()) {
                        store.participants.save(c, workshop, p.get().withTrainings(e.getValue()));
                    }
                }
                for (var e : trace.ideaThemes().entrySet()) {
                    var i = store.speakerIdeas.find(c, workshop, e.getKey());
                    if (i.isPresent()) {
                        store.speakerIdeas.save(c, workshop, i.get().withTheme(e.getValue()));
                    }
                }
                for (var e : trace.sessionThemes().entrySet()) {
                    var s = store.trainingSessions.find(c, workshop, e.getKey());
                    if (s.isPresent()) {
                        store.trainingSessions.save(c, workshop, s.get().withTheme(e.getValue()));
                    }
                }
            });
        }
    }
}
