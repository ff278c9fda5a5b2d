package fr.equipage.service;

import fr.equipage.model.Lock;
import fr.equipage.model.Pair;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.model.PairKind;
import fr.equipage.model.SpeakerIdea;
import fr.equipage.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The undoable edits of participants in one workshop. Field edits re-read the person and change only
 * that field, so that undoing one edit never brings back an older value of another field.
 */
public final class ParticipantEdits {
    private final Store store;
    private final Labels labels;
    private final long workshop;

    ParticipantEdits(Store store, Labels labels, long workshop) {
        this.store = store;
        this.labels = labels;
        this.workshop = workshop;
    }

    /** Changes one aspect of a person: {@code apply} makes the change, {@code revert} takes it back. */
    public UndoableEdit update(String labelKey, Participant before, UnaryOperator<Participant> apply,
                        UnaryOperator<Participant> revert) {
        return StoreEdit.of(store, labels.format(labelKey, before.name()),
                c -> change(c, before.id(), apply),
                c -> change(c, before.id(), revert));
    }

    private void change(Connection c, String ref, UnaryOperator<Participant> how) throws SQLException {
        Participant now = store.participants.find(c, workshop, ref)
                .orElseThrow(() -> new IllegalStateException(labels.format("error.participantGone", ref)));
        store.participants.save(c, workshop, how.apply(now));
    }

    /** "Keep apart from" or "wants to work with": adds or removes one pair. */
    public UndoableEdit pair(PairKind kind, boolean add, Participant who, Participant other) {
        String key = "edit.participant." + (kind == PairKind.APART ? "apart" : "together") + (add ? ".add" : ".remove");
        Pair pair = new Pair(who.id(), other.id());
        Store.SqlAction addIt = c -> store.constraints.addPair(c, workshop, kind, pair);
        Store.SqlAction removeIt = c -> store.constraints.removePair(c, workshop, kind, pair);
        return StoreEdit.of(store, labels.format(key, who.name(), other.name()), add ? addIt : removeIt,
                add ? removeIt : addIt);
    }

    /** Erases the person and everything about them; undo puts all of it back. */
    public UndoableEdit delete(Participant p) {
        return new DeleteEdit(p);
    }

    /** All that refers to one person, captured just before they are erased. */
    private record Trace(Participant person, List<Lock> pins, List<Pair> apart, List<Pair> together,
                         Map<String, Integer> proposerAt, List<SpeakerIdea> suggested) {
    }

    private final class DeleteEdit implements UndoableEdit {
        private final Participant person;
        private Trace trace;

        DeleteEdit(Participant person) {
            this.person = person;
        }

        @Override
        public String label() {
            return labels.format("edit.participant.delete", person.name());
        }

        @Override
        public void redo() {
            store.run(c -> {
                trace = capture(c, person.id());
                store.participants.delete(c, workshop, person.id());
                // Their speaker ideas stay, suggested by nobody: a later person may get the same ref.
                for (SpeakerIdea idea : trace.suggested()) {
                    store.speakerIdeas.save(c, workshop, idea.withSuggestedBy(null));
                }
            });
        }

        @Override
        public void undo() {
            store.run(c -> restore(c, trace));
        }

        private Trace capture(Connection c, String ref) throws SQLException {
            Participant p = store.participants.find(c, workshop, ref).orElse(person);
            List<Lock> pins = store.constraints.locks(c, workshop).stream().filter(l -> l.participant().equals(ref)).toList();
            List<Pair> apart = involving(c, PairKind.APART, ref);
            List<Pair> together = involving(c, PairKind.TOGETHER, ref);
            Map<String, Integer> proposerAt = new LinkedHashMap<>();
            for (Proposal pr : store.proposals.all(c, workshop)) {
                int at = pr.proposers().indexOf(ref);
                if (at >= 0) {
                    proposerAt.put(pr.id(), at);
                }
            }
            List<SpeakerIdea> suggested = store.speakerIdeas.all(c, workshop).stream()
                    .filter(i -> ref.equals(i.suggestedBy())).toList();
            return new Trace(p, pins, apart, together, proposerAt, suggested);
        }

        private List<Pair> involving(Connection c, PairKind kind, String ref) throws SQLException {
            return store.constraints.pairs(c, workshop, kind).stream().filter(pair -> pair.involves(ref)).toList();
        }

        private void restore(Connection c, Trace t) throws SQLException {
            store.participants.save(c, workshop, t.person());
            for (SpeakerIdea idea : t.suggested()) {
                var now = store.speakerIdeas.find(c, workshop, idea.id());
                if (now.isPresent()) {
                    store.speakerIdeas.save(c, workshop, now.get().withSuggestedBy(t.person().id()));
                }
            }
            for (Lock l : t.pins()) {
                store.constraints.lock(c, workshop, l);
            }
            for (Pair p : t.apart()) {
                store.constraints.addPair(c, workshop, PairKind.APART, p);
            }
            for (Pair p : t.together()) {
                store.constraints.addPair(c, workshop, PairKind.TOGETHER, p);
            }
            for (var role : t.proposerAt().entrySet()) {
                var proposal = store.proposals.find(c, workshop, role.getKey());
                if (proposal.isPresent()) {
                    Proposal pr = proposal.get();
                    List<String> proposers = new ArrayList<>(pr.proposers());
                    proposers.add(Math.min(role.getValue(), proposers.size()), t.person().id());
                    store.proposals.saveProposers(c, workshop, pr.withProposers(proposers));
                }
            }
        }
    }
}
