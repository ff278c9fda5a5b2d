package fr.equipage.service;

import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.model.Workshop;
import fr.equipage.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The undoable edits of the ministry list, which all workshops share. A merge moves every person and
 * proposal of every workshop, and the administrations, to the kept ministry; its undo puts each back.
 */
public final class MinistryEdits {
    private final Store store;
    private final Labels labels;

    MinistryEdits(Store store, Labels labels) {
        this.store = store;
        this.labels = labels;
    }

    public UndoableEdit add(Ministry m) {
        return StoreEdit.of(store, labels.format("edit.ministry.add", m.code()),
                c -> store.ministries.save(c, m),
                c -> store.ministries.deleteIfUnused(c, m.code()));
    }

    public UndoableEdit rename(Ministry m, String name) {
        return StoreEdit.of(store, labels.format("edit.ministry.rename", m.code()),
                c -> store.ministries.save(c, new Ministry(m.code(), name, m.parent())),
                c -> store.ministries.save(c, m));
    }

    public UndoableEdit move(Ministry m, String parent) {
        String label = parent == null ? labels.format("edit.ministry.moveTop", m.code())
                : labels.format("edit.ministry.move", m.code(), parent);
        return StoreEdit.of(store, label,
                c -> store.ministries.save(c, new Ministry(m.code(), m.name(), parent)),
                c -> store.ministries.save(c, m));
    }

    /** Deletes a ministry nobody refers to (the screen checks first; merging is for used ones). */
    public UndoableEdit delete(Ministry m) {
        return StoreEdit.of(store, labels.format("edit.ministry.delete", m.code()),
                c -> {
                    if (!store.ministries.deleteIfUnused(c, m.code())) {
                        throw new IllegalStateException(labels.format("ministries.delete.used", m.code()));
                    }
                },
                c -> store.ministries.save(c, m));
    }

    /** True when a person or proposal of any workshop, or an administration, refers to the ministry. */
    public boolean inUse(Ministry m) {
        return store.tx(c -> {
            for (Workshop w : store.workshops.all(c)) {
                for (Participant p : store.participants.all(c, w.id())) {
                    if (m.code().equals(p.ministry())) {
                        return true;
                    }
                }
                for (Proposal p : store.proposals.all(c, w.id())) {
                    if (m.code().equals(p.ministry())) {
                        return true;
                    }
                }
            }
            return store.ministries.all(c).stream().anyMatch(x -> m.code().equals(x.parent()));
        });
    }

    public UndoableEdit merge(Ministry from, Ministry into) {
        return new MergeEdit(from, into);
    }

    /** Who was in the merged ministry, per workshop, to put them back on undo. */
    private record Member(long workshop, String ref) {
    }

    private final class MergeEdit implements UndoableEdit {
        private final Ministry from;
        private final Ministry into;
        private Ministry stored;
        private List<String> children = List.of();
        private List<Member> people = List.of();
        private List<Member> proposals = List.of();

        MergeEdit(Ministry from, Ministry into) {
            this.from = from;
            this.into = into;
        }

        @Override
        public String label() {
            return labels.format("edit.ministry.merge", from.code(), into.code());
        }

        @Override
        public void redo() {
            store.run(c -> {
                capture(c);
                store.ministries.merge(c, from.code(), into.code());
            });
        }

        private void capture(Connection c) throws SQLException {
            stored = store.ministries.all(c).stream().filter(m -> m.code().equals(from.code())).findFirst().orElse(from);
            children = store.ministries.all(c).stream().filter(m -> from.code().equals(m.parent())).map(Ministry::code).toList();
            List<Member> ps = new ArrayList<>();
            List<Member> prs = new ArrayList<>();
            for (Workshop w : store.workshops.all(c)) {
                for (Participant p : store.participants.all(c, w.id())) {
                    if (from.code().equals(p.ministry())) {
                        ps.add(new Member(w.id(), p.id()));
                    }
                }
                for (Proposal p : store.proposals.all(c, w.id())) {
                    if (from.code().equals(p.ministry())) {
                        prs.add(new Member(w.id(), p.id()));
                    }
                }
            }
            people = ps;
            proposals = prs;
        }

        @Override
        public void undo() {
            store.run(c -> {
                store.ministries.save(c, stored);
                for (Ministry m : store.ministries.all(c)) {
                    if (children.contains(m.code())) {
                        store.ministries.save(c, new Ministry(m.code(), m.name(), stored.code()));
                    }
                }
                for (Member m : people) {
                    var p = store.participants.find(c, m.workshop(), m.ref());
                    if (p.isPresent()) {
                        store.participants.save(c, m.workshop(), p.get().withMinistry(stored.code()));
                    }
                }
                for (Member m : proposals) {
                    var p = store.proposals.find(c, m.workshop(), m.ref());
                    if (p.isPresent()) {
                        store.proposals.save(c, m.workshop(), p.get().withMinistry(stored.code()));
                    }
                }
            });
        }
    }
}
