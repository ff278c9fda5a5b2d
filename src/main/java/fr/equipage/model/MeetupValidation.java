package fr.equipage.model;

import java.util.ArrayList;
import java.util.HashMap;
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
        Map<String, Ministry> ministries = new HashMap<>();
        for (Ministry m : in.ministries()) {
            if (m.code().isBlank()) {
                problems.add(new Problem("ministries", "code", "code de ministère vide"));
            } else if (ministries.putIfAbsent(m.code(), m) != null) {
                problems.add(new Problem(m.code(), "code", "code de ministère en double"));
            }
        }
        for (Ministry m : in.ministries()) {
            if (m.parent() != null && !ministries.containsKey(m.parent())) {
                problems.add(new Problem(m.code(), "parent", "ministère inconnu « " + m.parent() + " »"));
            }
        }
        parentCycles(ministries, problems);
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

    private static void parentCycles(Map<String, Ministry> ministries, List<Problem> problems) {
        Set<String> reported = new HashSet<>();
        for (Ministry start : ministries.values()) {
            Set<String> path = new HashSet<>();
            Ministry m = start;
            while (m != null && m.parent() != null && path.add(m.code())) {
                m = ministries.get(m.parent());
            }
            if (m != null && m.parent() != null && path.contains(m.code()) && reported.add(m.code())) {
                problems.add(new Problem(m.code(), "parent", "cycle dans les ministères de rattachement"));
                reported.addAll(path);
            }
        }
    }

    /** The top of each ministry's parent chain (the ministry that counts for mixing), for a valid instance. */
    public static Map<String, String> topMinistries(List<Ministry> list) {
        Map<String, Ministry> byCode = new HashMap<>();
        list.forEach(m -> byCode.putIfAbsent(m.code(), m));
        Map<String, String> top = new HashMap<>();
        for (Ministry m : list) {
            Ministry t = m;
            Set<String> seen = new HashSet<>();
            while (t.parent() != null && byCode.containsKey(t.parent()) && seen.add(t.code())) {
                t = byCode.get(t.parent());
            }
            top.put(m.code(), t.code());
        }
        return top;
    }
}
