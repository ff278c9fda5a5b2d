package fr.equipage.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference checks of meetup-model.md §1: an instance that fails any of them is not
 * scheduled. Each problem names the offending element (participant id, pair, ministry) and field,
 * so that the organiser can find it. Kept in the model so that both the file reader and the engine
 * refuse the same inputs.
 */
public final class MeetupValidation {
    private MeetupValidation() {
    }

    public static List<Problem> problems(MeetupInstance in) {
        List<Problem> problems = new ArrayList<>();
        MeetupSettings s = in.settings();
        if (s.groupSize() < 2) {
            problems.add(new Problem("settings", "groupSize", "taille de groupe " + s.groupSize()
                    + " : il faut au moins 2 personnes par groupe"));
        }
        if (s.rounds() < 1) {
            problems.add(new Problem("settings", "rounds", "nombre de tours " + s.rounds() + " : il faut au moins 1 tour"));
        }
        Map<String, Ministry> ministries = MinistryChecks.check(in.ministries(), problems);
        Set<String> ids = new HashSet<>();
        for (MeetupPerson p : in.participants()) {
            if (p.id().isBlank()) {
                problems.add(new Problem("participants", "id", "identifiant vide"));
            } else if (!ids.add(p.id())) {
                problems.add(new Problem(p.id(), "id", "identifiant de participant en double"));
            }
            if (p.ministry() == null || !ministries.containsKey(p.ministry())) {
                problems.add(new Problem(p.id(), "ministry", p.ministry() == null ? "ministère manquant"
                        : "ministère inconnu « " + p.ministry() + " »"));
            }
            for (int r : p.absent()) {
                if (r < 1 || r > s.rounds()) {
                    problems.add(new Problem(p.id(), "absent", "tour " + r + " hors de 1.." + s.rounds()));
                }
            }
        }
        pairs(in.history(), "history", ids, problems);
        pairs(in.apart(), "apart", ids, problems);
        return problems;
    }

    private static void pairs(List<Pair> pairs, String field, Set<String> ids, List<Problem> problems) {
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            String where = field + "[" + i + "]";
            for (String id : List.of(p.first(), p.second())) {
                if (!ids.contains(id)) {
                    problems.add(new Problem(where, null, "participant inconnu « " + id + " »"));
                }
            }
            if (p.first().equals(p.second())) {
                problems.add(new Problem(where, null, "une paire doit réunir deux participants différents (« "
                        + p.first() + " » deux fois)"));
            }
        }
    }
}
