package fr.equipage.service;

import fr.equipage.model.Lock;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import fr.equipage.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/** The undoable edits of proposals in one workshop (see {@link ParticipantEdits} for the approach). */
public final class ProposalEdits {
    private final Store store;
    private final Labels labels;
    private final long workshop;

    ProposalEdits(Store store, Labels labels, long workshop) {
        this.store = store;
        this.labels = labels;
        this.workshop = workshop;
    }

    public UndoableEdit update(String labelKey, Proposal before, UnaryOperator<Proposal> apply, UnaryOperator<Proposal> revert) {
        return StoreEdit.of(store, labels.format(labelKey, before.title()),
                c -> change(c, before.id(), apply),
                c -> change(c, before.id(), revert));
    }

    /**
     * Sets the season follow-up (status, day, note). Undo puts back the follow-up the proposal had,
     * leaving any other field edited since as it is.
     */
    public UndoableEdit followUp(Proposal before, ProposalStatus status, LocalDate date, String note) {
        return update("edit.proposal.status", before, p -> p.withFollowUp(status, date, note),
                p -> p.withFollowUp(before.status(), before.statusDate(), before.statusNote()));
    }

    private void change(Connection c, String ref, UnaryOperator<Proposal> how) throws SQLException {
        Proposal now = store.proposals.find(c, workshop, ref)
                .orElseThrow(() -> new IllegalStateException(labels.format("error.proposalGone", ref)));
        store.proposals.save(c, workshop, how.apply(now));
    }

    /** Deletes the proposal; undo puts it back in everyone's choices at the same rank, and its pins. */
    public UndoableEdit delete(Proposal p) {
        return new DeleteEdit(p);
    }

    private record Trace(Proposal proposal, Map<String, Integer> rankOf, List<Lock> pins) {
    }

    private final class DeleteEdit implements UndoableEdit {
        private final Proposal proposal;
        private Trace trace;

        DeleteEdit(Proposal proposal) {
            this.proposal = proposal;
        }

        @Override
        public String label() {
            return labels.format("edit.proposal.delete", proposal.title());
        }

        @Override
        public void redo() {
            store.run(c -> {
                String ref = proposal.id();
                Proposal stored = store.proposals.find(c, workshop, ref).orElse(proposal);
                Map<String, Integer> rankOf = new LinkedHashMap<>();
                for (Participant p : store.participants.all(c, workshop)) {
                    if (p.rankOf(ref) >= 0) {
                        rankOf.put(p.id(), p.rankOf(ref));
                    }
                }
                List<Lock> pins = store.constraints.locks(c, workshop).stream().filter(l -> l.proposal().equals(ref)).toList();
                trace = new Trace(stored, rankOf, pins);
                store.proposals.delete(c, workshop, ref);
            });
        }

        @Override
        public void undo() {
            store.run(c -> {
                store.proposals.save(c, workshop, trace.proposal());
                for (var e : trace.rankOf().entrySet()) {
                    var person = store.participants.find(c, workshop, e.getKey());
                    if (person.isPresent()) {
                        List<String> choices = new ArrayList<>(person.get().choices());
                        choices.add(Math.min(e.getValue(), choices.size()), trace.proposal().id());
                        store.participants.save(c, workshop, person.get().withChoices(choices));
                    }
                }
                for (Lock l : trace.pins()) {
                    store.constraints.lock(c, workshop, l);
                }
            });
        }
    }
}
