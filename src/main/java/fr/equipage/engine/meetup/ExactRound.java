package fr.equipage.engine.meetup;

import java.util.Arrays;

/**
 * The best groups for one round, other rounds fixed, by enumerating every split of the people
 * present into groups of the sizes of rule M1 (each split once: a new group always starts with the
 * first person not yet placed). Used for small rounds, where it is instant and proves that no
 * better round exists — in particular that a round with a repeat is the only kind there is.
 */
final class ExactRound {
    /** Splits enumerated at most (16 people in groups of 4 make 2.6 million: about a second). */
    static final long MAX_SPLITS = 3_000_000;

    private final MeetupState s;
    private final int[] people;
    private final int[] sizes;
    private final boolean[] used;
    private final int[][] groups;
    private final int[] sizeLeft;
    private int[][] best;
    private long bestValue = Long.MIN_VALUE;

    private ExactRound(MeetupState s, int r) {
        this.s = s;
        this.people = s.p.present[r];
        this.sizes = s.p.sizes[r];
        used = new boolean[people.length];
        groups = new int[sizes.length][];
        sizeLeft = sizes.clone();
    }

    /** True when round r is small enough to be solved exactly. */
    static boolean applies(MeetupProblem p, int r) {
        return splits(p.present[r].length, p.sizes[r]) <= MAX_SPLITS;
    }

    /**
     * Replaces round r of the state (placed or not) by its best split given the other rounds;
     * returns false (the state unchanged) when the round is too large.
     */
    static boolean solve(MeetupState s, int r) {
        if (!applies(s.p, r)) {
            return false;
        }
        int[][] before = s.placed(r) ? s.snapshot()[r] : null;
        if (before != null) {
            s.unplace(r);
        }
        ExactRound e = new ExactRound(s, r);
        if (e.sizes.length == 0) {
            s.place(r, new int[0][]);
            return true;
        }
        e.search(0, 0L);
        s.place(r, e.best);
        return true;
    }

    private void search(int g, long value) {
        if (g == groups.length) {
            if (value > bestValue) {
                bestValue = value;
                best = Arrays.stream(groups).map(int[]::clone).toArray(int[][]::new);
            }
            return;
        }
        int first = 0;
        while (used[first]) {
            first++;
        }
        // The new group may take any size still needed; two groups of one size are not told apart.
        int previous = -1;
        for (int k = 0; k < sizeLeft.length; k++) {
            if (sizeLeft[k] == 0 || sizeLeft[k] == previous) {
                continue;
            }
            previous = sizeLeft[k];
            int size = sizeLeft[k];
            sizeLeft[k] = 0;
            int[] group = new int[size];
            group[0] = people[first];
            used[first] = true;
            groups[g] = group;
            fill(g, group, 1, first + 1, value);
            used[first] = false;
            sizeLeft[k] = size;
        }
    }

    private void fill(int g, int[] group, int filled, int from, long value) {
        if (filled == group.length) {
            search(g + 1, value);
            return;
        }
        for (int i = from; i <= people.length - (group.length - filled); i++) {
            if (used[i]) {
                continue;
            }
            long add = 0;
            for (int t = 0; t < filled; t++) {
                add += s.addValue(people[i], group[t]);
            }
            used[i] = true;
            group[filled] = people[i];
            fill(g, group, filled + 1, i + 1, value + add);
            used[i] = false;
        }
    }

    /** Number of distinct splits of n people into groups of these sizes (saturating). */
    static long splits(int n, int[] sizes) {
        double count = 1;
        int left = n;
        java.util.Map<Integer, Integer> same = new java.util.HashMap<>();
        for (int size : sizes) {
            count *= binomial(left, size);
            left -= size;
            int m = same.merge(size, 1, Integer::sum);
            count /= m;
        }
        return count > Long.MAX_VALUE / 2 ? Long.MAX_VALUE : Math.round(count);
    }

    private static double binomial(int n, int k) {
        double b = 1;
        for (int i = 1; i <= k; i++) {
            b = b * (n - k + i) / i;
        }
        return b;
    }
}
