package fr.equipage.service;

import fr.equipage.io.ImportPlan;
import fr.equipage.io.ImportRefusedException;
import fr.equipage.io.ImportReport;
import fr.equipage.io.ImportResult;
import fr.equipage.io.TrainingThemes;
import fr.equipage.io.MinistryMatcher;
import fr.equipage.io.ParticipantApplier;
import fr.equipage.io.PeopleIndex;
import fr.equipage.io.PlannedParticipant;
import fr.equipage.io.PlannedProposal;
import fr.equipage.io.ProposalCatalogue;
import fr.equipage.io.ProposalMerge;
import fr.equipage.io.Texts;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.store.RefAllocator;
import fr.equipage.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * Writes an accepted plan into a workshop in ONE transaction: ministries, then proposals, then
 * people, then proposers. Matching is done again inside the transaction against what is stored at
 * that moment, so the counts are exact even if the data changed since the plan (when nobody changed,
 * the planner's matching is replayed: same answers, without a second look-up). Any failure rolls
 * everything back: the database is exactly as before.
 */
public final class Importer {
    private Importer() {
    }

    /** Finds or creates the workshop, inside the import's transaction (so a refused import creates nothing). */
    @FunctionalInterface
    public interface WorkshopChoice {
        long id(Connection c) throws SQLException;
    }

    public static ImportResult commit(Store store, long workshop, ImportPlan plan, boolean skipInvalid)
            throws ImportRefusedException {
        return commit(store, c -> workshop, plan, skipInvalid, n -> { });
    }

    public static ImportResult commit(Store store, long workshop, ImportPlan plan, boolean skipInvalid,
                                      IntConsumer progress) throws ImportRefusedException {
        return commit(store, c -> workshop, plan, skipInvalid, progress);
    }

    /** {@code progress} receives the number of people written so far (every 1,000). */
    public static ImportResult commit(Store store, WorkshopChoice workshop, ImportPlan plan, boolean skipInvalid,
                                      IntConsumer progress) throws ImportRefusedException {
        ImportReport report = plan.report();
        if (report.hasErrors() && !skipInvalid) {
            throw new ImportRefusedException(String.format("Import refusé : %d erreur(s) dans « %s » (%d ligne(s) "
                    + "concernée(s)). Corrigez le fichier, ou importez en ignorant les lignes en erreur.",
                    report.errorCount(), report.fileName(), report.rowsRefused()));
        }
        try {
            return store.tx(c -> new Writer(store, c, workshop.id(c), plan, progress).write());
        } catch (RuntimeException e) {
            throw new ImportRefusedException("L'import de « " + report.fileName() + " » a échoué et n'a rien modifié : "
                    + (e.getMessage() == null ? e.toString() : e.getMessage()), e);
        }
    }

    /** One commit's state, inside the transaction. */
    private static final class Writer {
        private final Store store;
        private final Connection c;
        private final long workshop;
        private final ImportPlan plan;
        private final IntConsumer progress;
        private final List<String> ministriesCreated = new ArrayList<>();
        private final List<String> themesCreated = new ArrayList<>();

        Writer(Store store, Connection c, long workshop, ImportPlan plan, IntConsumer progress) {
            this.store = store;
            this.c = c;
            this.workshop = workshop;
            this.plan = plan;
            this.progress = progress;
        }

        ImportResult write() throws SQLException {
            writeMinistries();
            int[] proposalCounts = new int[3];
            Map<String, String> refOfKey = writeProposals(proposalCounts);
            int[] peopleCounts = new int[3];
            List<Participant> everyone = writeParticipants(refOfKey, peopleCounts);
            writeProposers(refOfKey, everyone);
            return new ImportResult(peopleCounts[0], peopleCounts[1], peopleCounts[2], proposalCounts[0],
                    proposalCounts[1], proposalCounts[2], ministriesCreated, plan.report().rowsRefused(),
                    themesCreated);
        }

        /** Used ministries that are only in the reference list are added with their parents; unknown texts created. */
        private void writeMinistries() throws SQLException {
            Set<String> used = new HashSet<>();
            plan.participants().forEach(p -> addCode(used, plan.ministryCode(p.ministry())));
            plan.proposals().forEach(p -> addCode(used, plan.ministryCode(p.ministry())));
            List<Ministry> stored = store.ministries.all(c);
            Set<String> storedCodes = new HashSet<>();
            stored.forEach(m -> storedCodes.add(m.code()));
            MinistryMatcher known = new MinistryMatcher(stored);
            Map<String, Ministry> toSave = new LinkedHashMap<>();
            for (String code : used) {
                if (storedCodes.contains(code)) {
                    continue;
                }
                Ministry created = plan.ministriesToCreate().get(code);
                if (created != null) {
                    toSave.put(code, created);
                    ministriesCreated.add(code + " (" + created.name() + ")");
                    continue;
                }
                // A reference ministry: add it and its parent chain, as the foreign key requires.
                Ministry m = known.byCode(code).orElseThrow(() -> new IllegalStateException("ministère inconnu " + code));
                while (m != null && !storedCodes.contains(m.code()) && !toSave.containsKey(m.code())) {
                    toSave.put(m.code(), m);
                    m = m.parent() == null ? null : known.byCode(m.parent()).orElse(null);
                }
            }
            if (!toSave.isEmpty()) {
                store.ministries.saveAll(c, new ArrayList<>(toSave.values()));
            }
        }

        private static void addCode(Set<String> used, String code) {
            if (code != null) {
                used.add(code);
            }
        }

        /** Proposals of the file and those named in choices; returns catalogue key → ref. */
        private Map<String, String> writeProposals(int[] counts) throws SQLException {
            List<Proposal> stored = store.proposals.all(c, workshop);
            Map<String, Proposal> byKey = new HashMap<>();
            Map<String, String> refOfKey = new HashMap<>();
            List<String> refs = new ArrayList<>();
            for (Proposal p : stored) {
                byKey.putIfAbsent(Texts.key(p.title()), p);
                refs.add(p.id());
            }
            // Keys of stored proposals as the catalogue knows them (a title matched with a typo keeps its key).
            for (Proposal p : stored) {
                ProposalCatalogue.Entry e = plan.catalogue().find(p.id());
                if (e != null) {
                    byKey.putIfAbsent(e.key(), p);
                }
            }
            RefAllocator ids = new RefAllocator("P", refs);
            Map<String, Proposal> written = new LinkedHashMap<>();
            for (PlannedProposal row : plan.proposals()) {
                PlannedProposal r = new PlannedProposal(row.file(), row.sheet(), row.row(), row.key(), row.title(), row.description(),
                        plan.ministryCode(row.ministry()), row.skills(), row.minSize(), row.maxSize(), row.proposers());
                Proposal before = written.containsKey(r.key()) ? written.get(r.key()) : byKey.get(r.key());
                Proposal after = ProposalMerge.merge(before, before == null ? ids.next() : before.id(), r);
                if (before == null) {
                    counts[0]++;
                    store.proposals.save(c, workshop, after);
                } else if (!after.equals(before)) {
                    counts[1]++;
                    store.proposals.save(c, workshop, after);
                } else {
                    counts[2]++;
                }
                written.put(r.key(), after);
                byKey.put(r.key(), after);
            }
            for (ProposalCatalogue.Entry e : plan.catalogue().createdFromChoices()) {
                if (!byKey.containsKey(e.key())) {
                    Proposal p = ProposalMerge.fromChoice(ids.next(), e.title());
                    store.proposals.save(c, workshop, p);
                    byKey.put(e.key(), p);
                    counts[0]++;
                }
            }
            byKey.forEach((k, p) -> refOfKey.put(k, p.id()));
            return refOfKey;
        }

        private List<Participant> writeParticipants(Map<String, String> refOfKey, int[] counts) throws SQLException {
            List<Participant> stored = store.participants.all(c, workshop);
            RefAllocator ids = new RefAllocator("u", stored.stream().map(Participant::id).toList());
            // The planner's matching still holds when nobody changed since the snapshot: replaying it
            // spares a second look-up of every name and e-mail (a tenth of a 100,000-row import's writing).
            int[] targets = plan.targetsIfStill(stored);
            ParticipantApplier applier = targets != null
                    ? ParticipantApplier.replaying(stored, targets, refOfKey::get, ids::next)
                    : new ParticipantApplier(stored, plan.participants().size(), refOfKey::get, ids::next);
            Map<String, Participant> inserts = new LinkedHashMap<>();
            Map<String, Participant> updates = new LinkedHashMap<>();
            int done = 0;
            // Training themes are matched to the workshop's catalogue here, where it is read in the same
            // transaction; unknown spellings become themes, and the import's summary names them.
            TrainingThemes themes = new TrainingThemes(store.trainingThemes.all(c, workshop));
            for (PlannedParticipant row : plan.participants()) {
                PlannedParticipant r = row.ministry() == null && row.trainings().isEmpty() ? row
                        : row.with(row.ministry() == null ? null : plan.ministryCode(row.ministry()),
                                themes.resolve(row.trainings()));
                ParticipantApplier.Outcome o = applier.apply(r);
                switch (o.change()) {
                    case ADDED -> {
                        counts[0]++;
                        inserts.put(o.after().id(), o.after());
                    }
                    case UPDATED -> {
                        counts[1]++;
                        // A later row about someone this import adds changes the pending insert.
                        if (inserts.containsKey(o.after().id())) {
                            inserts.put(o.after().id(), o.after());
                        } else {
                            updates.put(o.after().id(), o.after());
                        }
                    }
                    case UNCHANGED -> counts[2]++;
                    default -> throw new IllegalStateException();
                }
                if (++done % 1000 == 0) {
                    progress.accept(done);
                }
            }
            for (Participant p : updates.values()) {
                store.participants.save(c, workshop, p);
            }
            store.participants.insertAll(c, workshop, new ArrayList<>(inserts.values()));
            progress.accept(done);
            List<Participant> everyone = new ArrayList<>(stored.size() + inserts.size());
            for (Participant p : stored) {
                everyone.add(updates.getOrDefault(p.id(), p));
            }
            everyone.addAll(inserts.values());
            if (!themes.added().isEmpty()) {
                store.trainingThemes.saveAll(c, workshop, themes.all());
                themesCreated.addAll(themes.added());
            }
            return everyone;
        }

        /** Proposers named in the file, once every person is written (proposers refer to people). */
        private void writeProposers(Map<String, String> refOfKey, List<Participant> everyone) throws SQLException {
            if (plan.proposals().stream().allMatch(p -> p.proposers().isEmpty())) {
                return; // spares indexing every person of a big registration file
            }
            PeopleIndex people = new PeopleIndex(everyone);
            Map<String, List<String>> proposersOf = new LinkedHashMap<>();
            for (PlannedProposal row : plan.proposals()) {
                for (String who : row.proposers()) {
                    Participant p = people.findByText(who);
                    if (p != null) {
                        List<String> list = proposersOf.computeIfAbsent(refOfKey.get(row.key()), k -> new ArrayList<>());
                        if (!list.contains(p.id())) {
                            list.add(p.id());
                        }
                    }
                }
            }
            for (Map.Entry<String, List<String>> e : proposersOf.entrySet()) {
                Proposal p = store.proposals.find(c, workshop, e.getKey()).orElseThrow();
                if (!p.proposers().equals(e.getValue())) {
                    store.proposals.saveProposers(c, workshop, new Proposal(p.id(), p.title(), p.description(),
                            p.ministry(), p.skills(), p.minSize(), p.maxSize(), e.getValue(), p.status()));
                }
            }
        }
    }
}
