package fr.equipage.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks every file with a ministry tree needs (team and meet-up instances alike): codes present
 * and unique, parents known, no cycle in the parent chains; and the top ministry of each code.
 */
public final class MinistryChecks {
    private MinistryChecks() {
    }

    /** Adds a located problem for each breach; returns the ministries by code (the first of duplicates). */
    public static Map<String, Ministry> check(List<Ministry> list, List<Problem> problems) {
        Map<String, Ministry> ministries = new HashMap<>();
        for (Ministry m : list) {
            if (m.code().isBlank()) {
                problems.add(new Problem("ministries", "code", "code de ministère vide"));
            } else if (ministries.putIfAbsent(m.code(), m) != null) {
                problems.add(new Problem(m.code(), "code", "identifiant de ministère en double"));
            }
        }
        for (Ministry m : list) {
            if (m.parent() != null && !ministries.containsKey(m.parent())) {
                problems.add(new Problem(m.code(), "parent", "ministère inconnu « " + m.parent() + " »"));
            }
        }
        Set<String> reported = new HashSet<>();
        for (Ministry start : ministries.values()) {
            Set<String> path = new HashSet<>();
            Ministry m = start;
            while (m != null && m.parent() != null && path.add(m.code())) {
                m = ministries.get(m.parent());
            }
            if (m != null && m.parent() != null && path.contains(m.code()) && reported.add(m.code())) {
                // Report the cycle once, on the element where it closes.
                problems.add(new Problem(m.code(), "parent", "cycle dans les ministères de rattachement"));
                reported.addAll(path);
            }
        }
        return ministries;
    }

    /** The top of each ministry's parent chain (the ministry that counts for mixing), cycles cut. */
    public static Map<String, String> tops(List<Ministry> list) {
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
