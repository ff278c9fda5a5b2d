package fr.equipage.service;

import fr.equipage.model.MeetupRound;
import fr.equipage.store.MeetupRepository;
import fr.equipage.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The undoable edits of the season's meet-ups. Each edit re-reads the rounds it changes when it is
 * done (or redone) and keeps them as they were, so that undo puts back exactly that, whatever was
 * edited elsewhere in between.
 */
final class MeetupEdits {
    private final Store store;
    private final Labels labels;
    private final long workshop;

    MeetupEdits(Store store, Labels labels, long workshop) {
        this.store = store;
        this.labels = labels;
        this.workshop = workshop;
    }

    /** {@code setsPresence}: the planned rounds' absences replace the stored ones (else these stay as they are now). */
    UndoableEdit savePlan(List<MeetupRound> planned, boolean setsPresence) {
        Map<Integer, UnaryOperator<MeetupRound>> changes = new LinkedHashMap<>();
        for (MeetupRound p : planned) {
            changes.put(p.number(), now -> {
                notHeld(now);
                MeetupRound placed = now.withGroups(p.groups());
                return setsPresence ? placed.withAbsent(p.absent()) : placed;
            });
        }
        String label = planned.size() == 1 ? labels.format("edit.meetup.planRound", planned.get(0).number())
                : labels.format("edit.meetup.plan", planned.size());
        return new RoundsEdit(label, changes);
    }

    UndoableEdit swap(int round, String a, String b) {
        return one(labels.format("edit.meetup.swap", round), round, now -> {
            int ga = now.groupOf(a);
            int gb = now.groupOf(b);
            if (ga < 0 || gb < 0) {
                throw new IllegalStateException(labels.format("error.meetup.notPlaced", ga < 0 ? a : b, round));
            }
            return now.withSwap(a, b);
        });
    }

    UndoableEdit move(int round, String who, int toGroup) {
        return one(labels.format("edit.meetup.move", round), round, now -> {
            if (toGroup < 0 || toGroup >= now.groups().size()) {
                throw new IllegalStateException(labels.format("error.meetup.noGroup", toGroup + 1, round));
            }
            return now.withMove(who, toGroup);
        });
    }

    UndoableEdit setPresent(int round, String who, boolean present) {
        return one(labels.format(present ? "edit.meetup.present" : "edit.meetup.absent", round), round,
                now -> now.withPresence(who, present));
    }

    UndoableEdit setHeld(int round, boolean held, LocalDate today) {
        return one(labels.format(held ? "edit.meetup.held" : "edit.meetup.unheld", round), round, now -> {
            if (held && !now.planned()) {
                throw new IllegalStateException(labels.format("error.meetup.notPlanned", round));
            }
            return now.withHeld(held).withDate(held && now.date() == null ? today : now.date());
        });
    }

    UndoableEdit setDate(int round, LocalDate date) {
        return one(labels.format("edit.meetup.date", round), round, now -> now.withDate(date));
    }

    UndoableEdit changeSettings(MeetupRepository.Config config) {
        MeetupRepository.Config[] before = new MeetupRepository.Config[1];
        return StoreEdit.of(store, labels.format("edit.meetup.settings"), c -> {
            before[0] = store.meetups.config(c, workshop);
            store.meetups.saveConfig(c, workshop, config);
        }, c -> store.meetups.saveConfig(c, workshop, before[0]));
    }

    private void notHeld(MeetupRound now) {
        if (now.held()) {
            throw new IllegalStateException(labels.format("error.meetup.roundHeld", now.number()));
        }
    }

    private UndoableEdit one(String label, int round, UnaryOperator<MeetupRound> change) {
        return new RoundsEdit(label, Map.of(round, change));
    }

    /** Changes some rounds, each from what is stored at the time; undo writes back what was stored. */
    private final class RoundsEdit implements UndoableEdit {
        private final String label;
        private final Map<Integer, UnaryOperator<MeetupRound>> changes;
        private final Map<Integer, Optional<MeetupRound>> before = new LinkedHashMap<>();

        RoundsEdit(String label, Map<Integer, UnaryOperator<MeetupRound>> changes) {
            this.label = label;
            this.changes = changes;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void redo() {
            store.run(c -> {
                Map<Integer, Optional<MeetupRound>> seen = new LinkedHashMap<>();
                for (var e : changes.entrySet()) {
                    Optional<MeetupRound> now = store.meetups.round(c, workshop, e.getKey());
                    seen.put(e.getKey(), now);
                    store.meetups.saveRound(c, workshop, e.getValue().apply(now.orElse(MeetupRound.empty(e.getKey()))));
                }
                before.clear();
                before.putAll(seen);
            });
        }

        @Override
        public void undo() {
            store.run(this::restore);
        }

        private void restore(Connection c) throws SQLException {
            for (var e : before.entrySet()) {
                if (e.getValue().isPresent()) {
                    store.meetups.saveRound(c, workshop, e.getValue().get());
                } else {
                    store.meetups.deleteRound(c, workshop, e.getKey());
                }
            }
        }
    }
}
