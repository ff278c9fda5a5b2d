package fr.equipage.engine;

import fr.equipage.model.Instance;
import fr.equipage.model.Lock;
import fr.equipage.model.Ministry;
import fr.equipage.model.Pair;
import fr.equipage.model.Participant;
import fr.equipage.model.Problem;
import fr.equipage.model.Proposal;
import fr.equipage.model.Settings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of spec §1: an instance that fails any of them is not solved. Each problem names the
 * offending element by id and field so that the organiser can find it.
 */
public final class InstanceValidator {
    private InstanceValidator() {
    }

    public static List<Problem> validate(Instance in) {
        List<Problem> problems = new ArrayList<>();
        settings(in.settings(), problems);
        Map<String, Ministry> ministries = fr.equipage.model.MinistryChecks.check(in.ministries(), problems);
        Set<String> proposalIds = ids(in.proposals().stream().map(Proposal::id).toList(), "proposition", problems);
        Set<String> participantIds = ids(in.participants().stream().map(Participant::id).toList(), "participant", problems);
        for (Proposal p : in.proposals()) {
            ministryRef(p.id(), p.ministry(), ministries, problems);
            if (p.minSize() < 0) {
                problems.add(new Problem(p.id(), "minSize", "nombre négatif (" + p.minSize() + ")"));
            }
            if (p.maxSize() < 0) {
                problems.add(new Problem(p.id(), "maxSize", "nombre négatif (" + p.maxSize() + ")"));
            }
            if (p.minSize() > p.maxSize()) {
                problems.add(new Problem(p.id(), "minSize", "taille minimale (" + p.minSize()
                        + ") supérieure à la taille maximale (" + p.maxSize() + ")"));
            }
            for (String proposer : p.proposers()) {
                if (!participantIds.contains(proposer)) {
                    problems.add(new Problem(p.id(), "proposers", "participant inconnu « " + proposer + " »"));
                }
            }
        }
        for (Participant p : in.participants()) {
            ministryRef(p.id(), p.ministry(), ministries, problems);
            for (String choice : p.choices()) {
                if (!proposalIds.contains(choice)) {
                    problems.add(new Problem(p.id(), "choices", "proposition inconnue « " + choice + " »"));
                }
            }
        }
        locks(in.locks(), participantIds, proposalIds, problems);
        pairs(in.apart(), "apart", participantIds, problems);
        pairs(in.together(), "together", participantIds, problems);
        return problems;
    }

    private static void settings(Settings s, List<Problem> problems) {
        nonNegative(s.maxTeams(), "maxTeams", problems);
        nonNegative(s.minDistinctMinistries(), "minDistinctMinistries", problems);
        nonNegative(s.maxPerMinistry(), "maxPerMinistry", problems);
        Integer stability = s.weights().stability();
        if (stability != null && stability < 0) {
            // A negative weight would reward moving people away from the current board.
            problems.add(new Problem("settings.weights", "stability", "nombre négatif (" + stability + ")"));
        }
    }

    private static void nonNegative(int value, String field, List<Problem> problems) {
        if (value < 0) {
            problems.add(new Problem("settings", field, "nombre négatif (" + value + ")"));
        }
    }

    private static Set<String> ids(List<String> ids, String kind, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (id.isBlank()) {
                problems.add(new Problem(kind, "id", "identifiant vide"));
            } else if (!seen.add(id)) {
                problems.add(new Problem(id, "id", "identifiant de " + kind + " en double"));
            }
        }
        return seen;
    }

    private static void ministryRef(String element, String code, Map<String, Ministry> ministries, List<Problem> problems) {
        if (code != null && !ministries.containsKey(code)) {
            problems.add(new Problem(element, "ministry", "ministère inconnu « " + code + " »"));
        }
    }

    private static void locks(List<Lock> locks, Set<String> participants, Set<String> proposals, List<Problem> problems) {
        Set<String> locked = new HashSet<>();
        for (Lock l : locks) {
            String where = "locks[" + l.participant() + "]";
            if (!participants.contains(l.participant())) {
                problems.add(new Problem(where, "participant", "participant inconnu « " + l.participant() + " »"));
            }
            if (!proposals.contains(l.proposal())) {
                problems.add(new Problem(where, "proposal", "proposition inconnue « " + l.proposal() + " »"));
            }
            if (!locked.add(l.participant())) {
                problems.add(new Problem(l.participant(), "locks", "participant épinglé deux fois"));
            }
        }
    }

    private static void pairs(List<Pair> pairs, String field, Set<String> participants, List<Problem> problems) {
        for (Pair p : pairs) {
            for (String id : List.of(p.first(), p.second())) {
                if (!participants.contains(id)) {
                    problems.add(new Problem(field + "[" + p.first() + "," + p.second() + "]", field,
                            "participant inconnu « " + id + " »"));
                }
            }
            if (p.first().equals(p.second())) {
                problems.add(new Problem(p.first(), field, "une paire doit réunir deux participants différents"));
            }
        }
    }
}
