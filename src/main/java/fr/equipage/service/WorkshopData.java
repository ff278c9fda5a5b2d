package fr.equipage.service;

import fr.equipage.model.Instance;
import fr.equipage.model.Lock;
import fr.equipage.model.Ministry;
import fr.equipage.model.Pair;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.model.PairKind;
import fr.equipage.model.Plan;
import fr.equipage.model.Scenario;
import fr.equipage.model.Settings;
import fr.equipage.store.Store;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One consistent read of everything the screens show about a workshop: people, proposals, ministries,
 * wishes about pairs, pins, rules and weights, the current plan (null before the first one) and the
 * saved scenarios. Read once after each saved change and shared by every screen.
 */
public record WorkshopData(List<Participant> participants, List<Proposal> proposals, List<Ministry> ministries,
                           List<Pair> apart, List<Pair> together, List<Lock> locks, Settings settings, Plan plan,
                           List<Scenario> scenarios, boolean boundOutdated) {
    public WorkshopData {
        participants = List.copyOf(participants);
        proposals = List.copyOf(proposals);
        ministries = List.copyOf(ministries);
        apart = List.copyOf(apart);
        together = List.copyOf(together);
        locks = List.copyOf(locks);
        scenarios = List.copyOf(scenarios);
    }

    /**
     * Reads a workshop. A plan whose proven bound no longer holds (people, proposals or rules changed
     * since it was proven) comes without it, and {@code boundOutdated} says so: the board must not
     * claim "prouvé" or a gap about a workshop that is no longer the one optimised.
     */
    static WorkshopData load(Store store, Connection c, long workshop) throws SQLException {
        Plan plan = store.plans.current(c, workshop).orElse(null);
        WorkshopData read = new WorkshopData(store.participants.all(c, workshop), store.proposals.all(c, workshop),
                store.ministries.all(c), store.constraints.pairs(c, workshop, PairKind.APART),
                store.constraints.pairs(c, workshop, PairKind.TOGETHER), store.constraints.locks(c, workshop),
                store.workshops.settings(c, workshop), plan, store.plans.scenarios(c, workshop), false);
        if (plan == null || plan.bound() == null || store.boundHolds(c, workshop, read.instance())) {
            return read;
        }
        Plan withoutBound = new Plan(plan.feasible(), plan.teams(), plan.unassigned(), plan.score(), plan.violations(),
                null, false);
        return new WorkshopData(read.participants, read.proposals, read.ministries, read.apart, read.together,
                read.locks, read.settings, withoutBound, read.scenarios, true);
    }

    /** No workshop open: nothing but the ministries, which all workshops share. */
    public static WorkshopData ministriesOnly(List<Ministry> ministries) {
        return new WorkshopData(List.of(), List.of(), ministries, List.of(), List.of(), List.of(), Settings.DEFAULT,
                null, List.of(), false);
    }

    public static WorkshopData empty() {
        return ministriesOnly(List.of());
    }

    /** The workshop as the engine sees it. */
    public Instance instance() {
        return new Instance(settings, ministries, proposals, participants, locks, apart, together);
    }

    public Map<String, Ministry> ministryByCode() {
        return ministries.stream().collect(Collectors.toMap(Ministry::code, Function.identity()));
    }

    public Map<String, Participant> participantById() {
        return participants.stream().collect(Collectors.toMap(Participant::id, Function.identity()));
    }

    public Map<String, Proposal> proposalById() {
        return proposals.stream().collect(Collectors.toMap(Proposal::id, Function.identity()));
    }

    /** Skill codes already used by people or proposals, for completion. */
    public List<String> skillCodes() {
        return sortedUnion(Stream.concat(participants.stream().flatMap(p -> p.skills().stream()),
                proposals.stream().flatMap(p -> p.skills().stream())));
    }

    public List<String> interestCodes() {
        return sortedUnion(participants.stream().flatMap(p -> p.interests().stream()));
    }

    /** Know-how already offered or sought by someone (meet-ups), for completion. */
    public List<String> knowHowCodes() {
        return sortedUnion(participants.stream().flatMap(p -> Stream.concat(p.offers().stream(), p.seeks().stream())));
    }

    /** The people paired with {@code id} by a "keep apart" or "together" wish. */
    public List<String> partnersOf(PairKind kind, String id) {
        List<String> out = new ArrayList<>();
        for (Pair p : kind == PairKind.APART ? apart : together) {
            if (p.first().equals(id)) {
                out.add(p.second());
            } else if (p.second().equals(id)) {
                out.add(p.first());
            }
        }
        return out;
    }

    /** How many people put the proposal at each rank: index 0 = first choices. */
    public int[] rankCounts(String proposalId) {
        int depth = participants.stream().mapToInt(p -> p.choices().size()).max().orElse(0);
        int[] counts = new int[depth];
        for (Participant p : participants) {
            int r = p.rankOf(proposalId);
            if (r >= 0) {
                counts[r]++;
            }
        }
        return counts;
    }

    private static List<String> sortedUnion(Stream<String> codes) {
        return List.copyOf(codes.collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER))));
    }
}
