package fr.equipage.engine.meetup;

import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupPerson;
import fr.equipage.model.MeetupValidation;
import fr.equipage.model.MeetupWeights;
import fr.equipage.model.MinistryChecks;
import fr.equipage.model.Pair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A valid meet-up instance compiled for search: people as indices 0..n-1, who attends each round,
 * the group sizes rule M1 imposes on each round, and every pair's score parts in flat n×n tables
 * (n = 1,000 takes a few MB), so that a swap is scored in O(group size).
 */
final class MeetupProblem {
    final MeetupInstance instance;
    final int n;
    final int rounds;
    final String[] ids;
    final Map<String, Integer> index = new HashMap<>();
    /** present[r]: the people attending round r (0-based), in input order. */
    final int[][] present;
    /** sizes[r]: the sizes of round r's groups, larger first (M1); empty when nobody attends. */
    final int[][] sizes;
    final MeetupWeights w;
    final boolean[] sameMinistry;
    final short[] sharedInterest;
    final short[] knowHow;
    /** The three affinity parts weighted and summed: what a meeting of the pair adds, repeats aside. */
    final int[] affinity;
    final boolean[] history;
    final boolean[] apart;
    final boolean hasApart;
    final int maxAffinity;

    private MeetupProblem(MeetupInstance in) {
        this.instance = in;
        this.n = in.participants().size();
        this.rounds = in.settings().rounds();
        this.w = in.settings().weights();
        ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = in.participants().get(i).id();
            index.put(ids[i], i);
        }
        present = new int[rounds][];
        sizes = new int[rounds][];
        for (int r = 0; r < rounds; r++) {
            List<Integer> here = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (in.participants().get(i).presentAt(r + 1)) {
                    here.add(i);
                }
            }
            present[r] = here.stream().mapToInt(Integer::intValue).toArray();
            sizes[r] = groupSizes(present[r].length, in.settings().groupCount(present[r].length));
        }
        Map<String, String> top = MinistryChecks.tops(in.ministries());
        sameMinistry = new boolean[n * n];
        sharedInterest = new short[n * n];
        knowHow = new short[n * n];
        affinity = new int[n * n];
        Map<String, Integer> tags = new HashMap<>();
        int[][] interests = new int[n][];
        int[][] offers = new int[n][];
        int[][] seeks = new int[n][];
        String[] ministry = new String[n];
        for (int i = 0; i < n; i++) {
            MeetupPerson p = in.participants().get(i);
            interests[i] = codes(p.interests(), tags);
            offers[i] = codes(p.offers(), tags);
            seeks[i] = codes(p.seeks(), tags);
            ministry[i] = top.getOrDefault(p.ministry(), p.ministry());
        }
        int max = Integer.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean same = ministry[i].equals(ministry[j]);
                int shared = common(interests[i], interests[j]);
                int kh = common(offers[i], seeks[j]) + common(offers[j], seeks[i]);
                int aff = (same ? w.sameMinistry() : 0) + w.sharedInterest() * shared + w.knowHow() * kh;
                set(i, j, same, (short) shared, (short) kh, aff);
                max = Math.max(max, aff);
            }
        }
        maxAffinity = n < 2 ? 0 : max;
        history = new boolean[n * n];
        for (Pair p : in.history()) {
            int a = index.get(p.first());
            int b = index.get(p.second());
            history[a * n + b] = true;
            history[b * n + a] = true;
        }
        apart = new boolean[n * n];
        for (Pair p : in.apart()) {
            int a = index.get(p.first());
            int b = index.get(p.second());
            apart[a * n + b] = true;
            apart[b * n + a] = true;
        }
        hasApart = !in.apart().isEmpty();
    }

    /** Compiles a valid instance; throws {@link IllegalArgumentException} listing the problems otherwise. */
    static MeetupProblem of(MeetupInstance in) {
        var problems = MeetupValidation.problems(in);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("instance de rencontres invalide : " + problems);
        }
        return new MeetupProblem(in);
    }

    private void set(int i, int j, boolean same, short shared, short kh, int aff) {
        for (int k : new int[] {i * n + j, j * n + i}) {
            sameMinistry[k] = same;
            sharedInterest[k] = shared;
            knowHow[k] = kh;
            affinity[k] = aff;
        }
    }

    /** k groups for {@code count} people, sizes differing by at most one, larger first (rule M1). */
    static int[] groupSizes(int count, int k) {
        if (count == 0) {
            return new int[0];
        }
        int[] s = new int[k];
        Arrays.fill(s, count / k);
        for (int g = 0; g < count % k; g++) {
            s[g]++;
        }
        return s;
    }

    private static int[] codes(List<String> values, Map<String, Integer> tags) {
        Set<Integer> set = new HashSet<>();
        for (String v : values) {
            set.add(tags.computeIfAbsent(v, x -> tags.size()));
        }
        return set.stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    /** Size of the intersection of two sorted arrays. */
    private static int common(int[] a, int[] b) {
        int i = 0;
        int j = 0;
        int c = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                i++;
            } else if (a[i] > b[j]) {
                j++;
            } else {
                c++;
                i++;
                j++;
            }
        }
        return c;
    }

    /** True when nobody is absent, nobody has met and nobody must be kept apart: designs apply as they are. */
    boolean plain() {
        for (int[] p : present) {
            if (p.length != n) {
                return false;
            }
        }
        return instance.history().isEmpty() && instance.apart().isEmpty();
    }
}
