package fr.equipage.io;

import fr.equipage.io.Issue.Severity;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * After every sheet is read: checks proposers against the people known, and counts what committing
 * would add, update or leave unchanged, by the importer's own rules (so the preview tells the truth).
 */
final class PlanPrediction {
    private final WorkshopSnapshot snapshot;
    private final ImportReport report;
    private final ProposalCatalogue catalogue;
    private final List<PlannedProposal> proposals;
    private final List<PlannedParticipant> participants;

    PlanPrediction(WorkshopSnapshot snapshot, ImportReport report, ProposalCatalogue catalogue,
                   List<PlannedProposal> proposals, List<PlannedParticipant> participants) {
        this.snapshot = snapshot;
        this.report = report;
        this.catalogue = catalogue;
        this.proposals = proposals;
        this.participants = participants;
    }

    /** Proposers must be people of the workshop or of this file. */
    void checkProposers() {
        if (proposals.stream().allMatch(p -> p.proposers().isEmpty())) {
            return; // no index of every person to build (100,000 of them in a big registration file)
        }
        List<Participant> everyone = new ArrayList<>(snapshot.participants());
        int i = 0;
        for (PlannedParticipant p : participants) {
            everyone.add(new Participant("#" + i++, p.firstName(), p.lastName(), p.email(), p.ministry(), List.of(),
                    List.of(), List.of()));
        }
        PeopleIndex index = new PeopleIndex(everyone);
        for (PlannedProposal p : proposals) {
            for (String who : p.proposers()) {
                if (index.findByText(who) == null) {
                    report.add(new Issue(Severity.WARNING, p.file(), p.sheet(), p.row(), Field.PROPOSERS.label(), who,
                            ImportTexts.msg("proposal.proposerUnknown")));
                }
            }
        }
    }

    /** Counts; returns whom each participant row is about (see {@link ParticipantApplier#targets}). */
    int[] count() {
        Map<String, String> refOfKey = new HashMap<>();
        for (Proposal p : snapshot.proposals()) {
            ProposalCatalogue.Entry e = catalogue.find(p.id());
            if (e != null) {
                refOfKey.put(e.key(), p.id());
            }
        }
        Map<String, Proposal> storedByKey = new HashMap<>();
        for (Proposal p : snapshot.proposals()) {
            storedByKey.putIfAbsent(Texts.key(p.title()), p);
        }
        Map<String, Proposal> planned = new HashMap<>();
        for (PlannedProposal row : proposals) {
            Proposal before = planned.containsKey(row.key()) ? planned.get(row.key()) : storedByKey.get(row.key());
            Proposal after = ProposalMerge.merge(before, before == null ? "#" + row.key() : before.id(), row);
            if (before == null) {
                report.proposalsAdded++;
            } else if (after.equals(before)) {
                report.proposalsUnchanged++;
            } else {
                report.proposalsUpdated++;
            }
            planned.put(row.key(), after);
        }
        for (ProposalCatalogue.Entry e : catalogue.createdFromChoices()) {
            if (!planned.containsKey(e.key())) {
                report.proposalsAdded++;
            }
        }
        int[] counter = {0};
        // Proposals not stored yet get one placeholder ref each (not one string per row: 100,000 rows).
        Map<String, String> placeholder = new HashMap<>();
        ParticipantApplier applier = new ParticipantApplier(snapshot.participants(), participants.size(),
                key -> refOfKey.containsKey(key) ? refOfKey.get(key) : placeholder.computeIfAbsent(key, k -> "#" + k),
                () -> "#row" + counter[0]++);
        Map<String, Integer> rowOfNew = new HashMap<>();
        for (PlannedParticipant row : participants) {
            ParticipantApplier.Outcome o = applier.apply(row);
            switch (o.change()) {
                case ADDED -> {
                    report.participantsAdded++;
                    rowOfNew.put(o.after().id(), row.row());
                }
                case UPDATED -> report.participantsUpdated++;
                case UNCHANGED -> report.participantsUnchanged++;
                default -> throw new IllegalStateException();
            }
            if (o.before() != null && rowOfNew.containsKey(o.before().id())) {
                report.add(new Issue(Severity.WARNING, row.file(), row.sheet(), row.row(), "", row.fullName(),
                        ImportTexts.msg("participant.samePerson", rowOfNew.get(o.before().id()))));
            }
        }
        return applier.targets();
    }
}
