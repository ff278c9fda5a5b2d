package fr.equipage.engine;

import fr.equipage.model.Pair;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small helpers {@link CompiledInstance} builds its int arrays with. */
final class IndexLists {
    private IndexLists() {
    }

    static String topOf(String code, Map<String, String> parentOf) {
        if (code == null) {
            return CompiledInstance.NO_MINISTRY;
        }
        String c = code;
        Set<String> seen = new java.util.HashSet<>();
        while (parentOf.get(c) != null && seen.add(c)) {
            c = parentOf.get(c);
        }
        return c;
    }

    static List<List<Integer>> lists(int size) {
        List<List<Integer>> l = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            l.add(new ArrayList<>());
        }
        return l;
    }

    static int[][] toArrays(List<List<Integer>> lists) {
        int[][] a = new int[lists.size()][];
        for (int i = 0; i < a.length; i++) {
            a[i] = lists.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return a;
    }

    /** Pairs as participant indices, normalised and deduplicated so that (a,b) and (b,a) count once. */
    static int[][] pairs(List<Pair> list, Map<String, Integer> participantIndex) {
        Set<Pair> seen = new LinkedHashSet<>();
        for (Pair pair : list) {
            if (!pair.first().equals(pair.second()) && participantIndex.containsKey(pair.first())
                    && participantIndex.containsKey(pair.second())) {
                seen.add(pair.normalised());
            }
        }
        int[][] out = new int[seen.size()][];
        int i = 0;
        for (Pair pair : seen) {
            out[i++] = new int[] {participantIndex.get(pair.first()), participantIndex.get(pair.second())};
        }
        return out;
    }

    static int[][] adjacency(int[][] pairs, int n) {
        List<List<Integer>> adj = lists(n);
        for (int[] pr : pairs) {
            adj.get(pr[0]).add(pr[1]);
            adj.get(pr[1]).add(pr[0]);
        }
        return toArrays(adj);
    }
}
