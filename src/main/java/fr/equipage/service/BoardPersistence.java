package fr.equipage.service;

import fr.equipage.model.Instance;
import fr.equipage.model.Lock;
import fr.equipage.model.Pair;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.PairKind;
import fr.equipage.model.Scenario;
import fr.equipage.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads and writes what the board shows. Every call is one transaction and must run on the
 * database thread. Writes apply only the difference between two snapshots, so that undoing a
 * board edit does not overwrite what another screen changed since (a pin, a pair, a setting).
 */
public final class BoardPersistence {
    private final Store store;
    private final long workshop;

    BoardPersistence(Store store, long workshop) {
        this.store = store;
        this.workshop = workshop;
    }

    /** The workshop, its current plan (null when none) and its scenarios. */
    public record Loaded(Instance instance, Plan plan, List<Scenario> scenarios) {
    }

    public Loaded load() {
        return store.tx(c -> new Loaded(store.loadInstance(c, workshop), store.plans.current(c, workshop).orElse(null),
                store.plans.scenarios(c, workshop)));
    }

    /** Writes what changed from {@code from} to {@code to}. */
    public void write(BoardSnapshot from, BoardSnapshot to) {
        store.run(c -> write(c, from, to));
    }

    /**
     * An optimisation as one undoable edit: the new plan and the season status it implies (see
     * {@link PlanFollowUp}), saved together in one transaction; undo puts back both exactly.
     */
    public UndoableEdit optimised(String label, BoardSnapshot from, BoardSnapshot to) {
        return new OptimisedEdit(label, from, to);
    }

    private final class OptimisedEdit implements UndoableEdit {
        private final String label;
        private final BoardSnapshot from;
        private final BoardSnapshot to;
        private List<Proposal> statusesBefore = List.of();

        OptimisedEdit(String label, BoardSnapshot from, BoardSnapshot to) {
            this.label = label;
            this.from = from;
            this.to = to;
        }

        @Override
        public String label() {
            return label;
        }

        @Override
        public void redo() {
            statusesBefore = store.tx(c -> {
                write(c, from, to);
                return PlanFollowUp.apply(store, c, workshop, to.plan(), LocalDate.now());
            });
        }

        @Override
        public void undo() {
            store.run(c -> {
                write(c, to, from);
                PlanFollowUp.restore(store, c, workshop, statusesBefore);
            });
        }
    }

    private void write(Connection c, BoardSnapshot from, BoardSnapshot to) throws SQLException {
        if (!Objects.equals(from.plan(), to.plan())) {
            if (to.plan() == null) {
                store.plans.clearCurrent(c, workshop);
            } else {
                store.plans.saveCurrent(c, workshop, to.plan());
            }
        }
        boolean stamp = to.plan() != null && to.plan().bound() != null;
        if (!from.settings().equals(to.settings())) {
            store.workshops.saveSettings(c, workshop, to.settings());
        }
        Set<String> people = people(c);
        writeLocks(c, from.locks(), to.locks(), people);
        writePairs(c, PairKind.APART, from.apart(), to.apart(), people);
        writePairs(c, PairKind.TOGETHER, from.together(), to.together(), people);
        if (stamp) {
            // The board keeps a bound only while the rules are those it was proven on (BoardModel).
            store.stampBound(c, workshop);
        }
    }

    public List<Scenario> scenarios() {
        return store.tx(c -> store.plans.scenarios(c, workshop));
    }

    public void saveScenario(String name, Plan plan) {
        store.run(c -> store.plans.save(c, workshop, name, plan));
    }

    public void deleteScenario(String name) {
        store.run(c -> store.plans.deleteScenario(c, workshop, name));
    }

    private Set<String> people(Connection c) throws SQLException {
        Set<String> ids = new HashSet<>();
        for (Participant p : store.participants.all(c, workshop)) {
            ids.add(p.id());
        }
        return ids;
    }

    private void writeLocks(Connection c, List<Lock> from, List<Lock> to, Set<String> people) throws SQLException {
        for (Lock l : from) {
            if (to.stream().noneMatch(x -> x.participant().equals(l.participant()))) {
                store.constraints.unlock(c, workshop, l.participant());
            }
        }
        for (Lock l : to) {
            // Someone deleted on another screen since the edit cannot be pinned again.
            if (!from.contains(l) && people.contains(l.participant())) {
                store.constraints.lock(c, workshop, l);
            }
        }
    }

    private void writePairs(Connection c, PairKind kind, List<Pair> from, List<Pair> to, Set<String> people)
            throws SQLException {
        Set<Pair> before = normalised(from);
        Set<Pair> after = normalised(to);
        for (Pair p : before) {
            if (!after.contains(p)) {
                store.constraints.removePair(c, workshop, kind, p);
            }
        }
        for (Pair p : after) {
            if (!before.contains(p) && people.contains(p.first()) && people.contains(p.second())) {
                store.constraints.addPair(c, workshop, kind, p);
            }
        }
    }

    private static Set<Pair> normalised(List<Pair> pairs) {
        Set<Pair> out = new HashSet<>();
        pairs.forEach(p -> out.add(p.normalised()));
        return out;
    }
}
