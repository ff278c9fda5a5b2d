package fr.equipage.store;

import fr.equipage.model.Instance;
import fr.equipage.model.Lock;
import fr.equipage.model.Pair;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Proposal;
import fr.equipage.model.Workshop;
import fr.equipage.model.PairKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/**
 * The database and its repositories, plus the conversions between a stored workshop and an
 * engine instance. Repositories take the transaction's connection so that callers compose them.
 */
public final class Store implements AutoCloseable {
    private final Database db;
    public final WorkshopRepository workshops = new WorkshopRepository();
    public final MinistryRepository ministries = new MinistryRepository();
    public final ParticipantRepository participants = new ParticipantRepository();
    public final ProposalRepository proposals = new ProposalRepository();
    public final ConstraintRepository constraints = new ConstraintRepository();
    public final PlanRepository plans = new PlanRepository();
    public final AppStateRepository appState = new AppStateRepository();
    public final TrainingThemeRepository trainingThemes = new TrainingThemeRepository();
    public final MeetupRepository meetups = new MeetupRepository();

    public Store(Database db) {
        this.db = db;
    }

    public static Store open(java.nio.file.Path dir) {
        return new Store(Database.open(dir));
    }

    public Database db() {
        return db;
    }

    public <T> T tx(SqlWork<T> work) {
        return db.inTransaction(work);
    }

    /** Runs work that returns nothing in one transaction. */
    public void run(SqlAction action) {
        db.inTransaction(c -> {
            action.run(c);
            return null;
        });
    }

    @FunctionalInterface
    public interface SqlAction {
        void run(Connection c) throws SQLException;
    }

    /** The workshop as the engine sees it: settings, all ministries, its proposals, people and pins. */
    public Instance loadInstance(Connection c, long workshop) throws SQLException {
        return new Instance(workshops.settings(c, workshop), ministries.all(c), proposals.all(c, workshop),
                participants.all(c, workshop), constraints.locks(c, workshop),
                constraints.pairs(c, workshop, PairKind.APART), constraints.pairs(c, workshop, PairKind.TOGETHER));
    }

    /**
     * Writes a (validated) instance into a workshop, creating the workshop if needed. Ministries are
     * merged into the shared list. Records refer to each other in a cycle (choices → proposals,
     * proposers → participants), so proposals are written first, then people, then proposers.
     */
    public Workshop saveInstance(Connection c, Instance in, String workshopName) throws SQLException {
        Workshop w = workshops.findByName(c, workshopName).orElse(null);
        if (w == null) {
            w = workshops.create(c, workshopName, LocalDate.now(), "");
        }
        long id = w.id();
        workshops.saveSettings(c, id, in.settings());
        ministries.saveAll(c, in.ministries());
        for (Proposal p : in.proposals()) {
            proposals.saveWithoutProposers(c, id, p);
        }
        for (Participant p : in.participants()) {
            participants.save(c, id, p);
        }
        for (Proposal p : in.proposals()) {
            proposals.saveProposers(c, id, p);
        }
        for (Lock l : in.locks()) {
            constraints.lock(c, id, l);
        }
        savePairs(c, id, PairKind.APART, in.apart());
        savePairs(c, id, PairKind.TOGETHER, in.together());
        return w;
    }

    private void savePairs(Connection c, long workshop, PairKind kind, List<Pair> pairs) throws SQLException {
        for (Pair p : pairs) {
            constraints.addPair(c, workshop, kind, p);
        }
    }

    /**
     * Saves the current plan. Its proven bound (the "prouvé" or "au plus x % sous le meilleur" claim)
     * only holds for the workshop as it is now, so it is stamped with the workshop's fingerprint;
     * {@link #boundHolds} tells later whether the data changed since.
     */
    public void saveCurrentPlan(Connection c, long workshop, Plan plan) throws SQLException {
        plans.saveCurrent(c, workshop, plan);
        if (plan.bound() != null) {
            stampBound(c, workshop);
        }
    }

    /** Records that the current plan's bound was proven on the workshop as stored now. */
    public void stampBound(Connection c, long workshop) throws SQLException {
        plans.stampBound(c, workshop, fingerprint(loadInstance(c, workshop)));
    }

    /** Whether the current plan's bound was proven on this very workshop (rules, people, proposals, pins, pairs). */
    public boolean boundHolds(Connection c, long workshop, Instance now) throws SQLException {
        return plans.boundStamp(c, workshop).map(fingerprint(now)::equals).orElse(false);
    }

    /**
     * A digest of everything the score depends on. The season follow-up (status, its day and note) and
     * the training needs and meet-up know-how are left out: the score does not depend on them, and optimising itself marks
     * the teams "retained" right after the bound is stamped.
     */
    static String fingerprint(Instance instance) {
        Instance scored = new Instance(instance.settings(), instance.ministries(),
                instance.proposals().stream().map(p -> p.withFollowUp(fr.equipage.model.ProposalStatus.PROPOSED, null, ""))
                        .toList(),
                instance.participants().stream()
                        .map(p -> p.withTrainings(List.of()).withOffers(List.of()).withSeeks(List.of())).toList(), instance.locks(),
                instance.apart(), instance.together());
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(fr.equipage.format.InstanceJson.toString(scored).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 manquant", e);
        }
    }

    /**
     * Copies a workshop (people, proposals, pins, pairs, settings, meet-up settings, current plan) under a new
     * name. The meet-up rounds stay with the original: they record moments that happened once.
     */
    public Workshop duplicate(Connection c, long from, String newName) throws SQLException {
        Workshop copy = saveInstance(c, loadInstance(c, from), newName);
        trainingThemes.saveAll(c, copy.id(), trainingThemes.all(c, from));
        meetups.saveConfig(c, copy.id(), meetups.config(c, from));
        var plan = plans.current(c, from);
        if (plan.isPresent()) {
            saveCurrentPlan(c, copy.id(), plan.get());
        }
        return copy;
    }

    @Override
    public void close() {
        db.close();
    }
}
