package fr.equipage.engine.meetup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolvable designs: whole seasons in which nobody meets anyone twice, built from finite geometry
 * where the sizes allow. These are the schedules local search struggles most to find (every pair
 * meets at most once and nearly all pairs meet), so the season starts from one when it applies:
 * <ul>
 *   <li>the affine plane of prime order q: q² people, groups of q, up to q+1 rounds (its parallel
 *       classes of lines: 9/3/4, 25/5/6, 49/7/8…);</li>
 *   <li>a packing of the projective space PG(3,q) into spreads, q = 2 or 3: the 35 lines of PG(3,2)
 *       split into 7 spreads are Kirkman's schoolgirls (15 people, groups of 3, 7 rounds); the 130
 *       lines of PG(3,3) split into 13 spreads give 40 people, groups of 4, 13 rounds, every pair
 *       meeting exactly once. The packing is found by a small exact-cover search.</li>
 *   <li>the binary affine space: 2^m people (up to 64) as the vectors of F₂^m, groups of 2^d as the
 *       cosets of a d-dimensional subspace; subspaces meeting only in 0 give rounds in which nobody
 *       meets twice (a partial spread, found by search): 32 people, groups of 4, 9 rounds.</li>
 * </ul>
 */
final class Designs {
    private static final Map<Integer, int[][][]> PACKINGS = new HashMap<>();

    private Designs() {
    }

    /** Rounds × groups × points 0..n-1 for n points in groups of size s, at least {@code rounds} rounds; or null. */
    static int[][][] resolvable(int n, int s, int rounds) {
        if (s * s == n && isPrime(s) && rounds <= s + 1) {
            return Arrays.copyOf(affinePlane(s), rounds);
        }
        int[][][] binary = binaryAffine(n, s, rounds);
        if (binary != null) {
            return binary;
        }
        int q = s - 1;
        if ((q == 2 || q == 3) && n == (q * q + 1) * (q + 1) && rounds <= q * q + q + 1) {
            int[][][] packing = packing(q);
            return packing == null ? null : Arrays.copyOf(packing, rounds);
        }
        return null;
    }

    /** Rounds from pairwise trivially intersecting d-dim subspaces of F₂^m, n = 2^m ≤ 64, s = 2^d; or null. */
    static int[][][] binaryAffine(int n, int s, int rounds) {
        if (n > 64 || Integer.bitCount(n) != 1 || Integer.bitCount(s) != 1 || s < 2 || s >= n) {
            return null;
        }
        java.util.LinkedHashSet<Long> subspaces = new java.util.LinkedHashSet<>();
        int d = Integer.numberOfTrailingZeros(s);
        spans(n, d, 1, 0, 1L, subspaces);
        long[] all = subspaces.stream().mapToLong(Long::longValue).toArray();
        long[] chosen = new long[rounds];
        if (!disjointSubspaces(all, 0, chosen, 0, 0L, new long[] {0})) {
            return null;
        }
        int[][][] out = new int[rounds][][];
        for (int r = 0; r < rounds; r++) {
            long mask = chosen[r];
            int[] members = java.util.stream.IntStream.range(0, n).filter(v -> (mask >>> v & 1) == 1).toArray();
            boolean[] placed = new boolean[n];
            List<int[]> groups = new ArrayList<>();
            for (int x = 0; x < n; x++) {
                if (!placed[x]) {
                    int[] coset = new int[members.length];
                    for (int k = 0; k < members.length; k++) {
                        coset[k] = x ^ members[k];
                        placed[coset[k]] = true;
                    }
                    groups.add(coset);
                }
            }
            out[r] = groups.toArray(int[][]::new);
        }
        return out;
    }

    /** Every subspace spanned by {@code d} more vectors above {@code from}, as a mask of its members (0 included). */
    private static void spans(int n, int d, int from, int depth, long members, java.util.Set<Long> out) {
        if (depth == d) {
            out.add(members);
            return;
        }
        for (int v = from; v < n; v++) {
            if ((members >>> v & 1) == 1) {
                continue;
            }
            long next = members;
            for (int x = 0; x < n; x++) {
                if ((members >>> x & 1) == 1) {
                    next |= 1L << (x ^ v);
                }
            }
            spans(n, d, v + 1, depth + 1, next, out);
        }
    }

    private static boolean disjointSubspaces(long[] all, int from, long[] chosen, int depth, long used, long[] nodes) {
        if (depth == chosen.length) {
            return true;
        }
        if (++nodes[0] > 5_000_000) {
            return false;
        }
        for (int i = from; i < all.length; i++) {
            // Subspaces share 0 always; they must share nothing else.
            if ((all[i] & used & ~1L) == 0) {
                chosen[depth] = all[i];
                if (disjointSubspaces(all, i + 1, chosen, depth + 1, used | all[i], nodes)) {
                    return true;
                }
            }
        }
        return false;
    }

    static int[][][] affinePlane(int q) {
        int[][][] rounds = new int[q + 1][q][q];
        for (int c = 0; c < q; c++) {
            for (int y = 0; y < q; y++) {
                rounds[0][c][y] = c * q + y;
            }
        }
        for (int m = 0; m < q; m++) {
            for (int c = 0; c < q; c++) {
                for (int x = 0; x < q; x++) {
                    rounds[m + 1][c][x] = x * q + (m * x + c) % q;
                }
            }
        }
        return rounds;
    }

    static synchronized int[][][] packing(int q) {
        return PACKINGS.computeIfAbsent(q, Designs::findPacking);
    }

    private static int[][][] findPacking(int q) {
        Geometry g = new Geometry(q);
        List<int[]> spreads = g.spreads(2_000_000);
        int[][][] rounds = g.pack(spreads, 20_000_000);
        return rounds;
    }

    private static boolean isPrime(int q) {
        if (q < 2) {
            return false;
        }
        for (int d = 2; d * d <= q; d++) {
            if (q % d == 0) {
                return false;
            }
        }
        return true;
    }

    /** Points and lines of PG(3,q), q prime. */
    private static final class Geometry {
        final int q;
        final List<int[]> points = new ArrayList<>();
        final Map<Integer, Integer> pointIndex = new HashMap<>();
        final List<int[]> lines = new ArrayList<>();
        final List<List<Integer>> linesThrough = new ArrayList<>();

        Geometry(int q) {
            this.q = q;
            int total = q * q * q * q;
            for (int code = 1; code < total; code++) {
                int[] v = decode(code);
                if (leading(v) == 1) {
                    pointIndex.put(code, points.size());
                    points.add(v);
                    linesThrough.add(new ArrayList<>());
                }
            }
            Map<String, Integer> seen = new HashMap<>();
            for (int a = 0; a < points.size(); a++) {
                for (int b = a + 1; b < points.size(); b++) {
                    int[] line = span(points.get(a), points.get(b));
                    String key = Arrays.toString(line);
                    if (seen.putIfAbsent(key, lines.size()) == null) {
                        for (int pt : line) {
                            linesThrough.get(pt).add(lines.size());
                        }
                        lines.add(line);
                    }
                }
            }
        }

        private int[] decode(int code) {
            int[] v = new int[4];
            for (int i = 0; i < 4; i++) {
                v[i] = code % q;
                code /= q;
            }
            return v;
        }

        private int encode(int[] v) {
            int code = 0;
            for (int i = 3; i >= 0; i--) {
                code = code * q + v[i];
            }
            return code;
        }

        private static int leading(int[] v) {
            for (int i = 3; i >= 0; i--) {
                if (v[i] != 0) {
                    return v[i];
                }
            }
            return 0;
        }

        private int normalise(int[] v) {
            int lead = leading(v);
            int inverse = 1;
            while (inverse * lead % q != 1) {
                inverse++;
            }
            int[] n = new int[4];
            for (int i = 0; i < 4; i++) {
                n[i] = v[i] * inverse % q;
            }
            return pointIndex.get(encode(n));
        }

        private int[] span(int[] a, int[] b) {
            java.util.TreeSet<Integer> pts = new java.util.TreeSet<>();
            for (int l = 0; l < q; l++) {
                for (int m = 0; m < q; m++) {
                    if (l == 0 && m == 0) {
                        continue;
                    }
                    int[] v = new int[4];
                    for (int i = 0; i < 4; i++) {
                        v[i] = (l * a[i] + m * b[i]) % q;
                    }
                    pts.add(normalise(v));
                }
            }
            return pts.stream().mapToInt(Integer::intValue).toArray();
        }

        /** Every spread (lines partitioning the points), as sorted line indices; at most {@code cap}. */
        List<int[]> spreads(int cap) {
            List<int[]> out = new ArrayList<>();
            spreadSearch(new boolean[points.size()], new int[q * q + 1], 0, out, cap);
            return out;
        }

        private void spreadSearch(boolean[] covered, int[] chosen, int depth, List<int[]> out, int cap) {
            if (out.size() >= cap) {
                return;
            }
            int pt = 0;
            while (pt < covered.length && covered[pt]) {
                pt++;
            }
            if (pt == covered.length) {
                int[] s = chosen.clone();
                Arrays.sort(s);
                out.add(s);
                return;
            }
            for (int line : linesThrough.get(pt)) {
                int[] l = lines.get(line);
                boolean free = true;
                for (int x : l) {
                    free &= !covered[x];
                }
                if (free) {
                    for (int x : l) {
                        covered[x] = true;
                    }
                    chosen[depth] = line;
                    spreadSearch(covered, chosen, depth + 1, out, cap);
                    for (int x : l) {
                        covered[x] = false;
                    }
                }
            }
        }

        /** Spreads partitioning the lines (a packing), as rounds of groups of points; null if not found. */
        int[][][] pack(List<int[]> spreads, long maxNodes) {
            List<List<Integer>> spreadsWith = new ArrayList<>();
            for (int l = 0; l < lines.size(); l++) {
                spreadsWith.add(new ArrayList<>());
            }
            for (int i = 0; i < spreads.size(); i++) {
                for (int l : spreads.get(i)) {
                    spreadsWith.get(l).add(i);
                }
            }
            int classes = lines.size() / (q * q + 1);
            int[] chosen = new int[classes];
            long[] nodes = {0};
            if (!packSearch(spreads, spreadsWith, new boolean[lines.size()], chosen, 0, nodes, maxNodes)) {
                return null;
            }
            int[][][] rounds = new int[classes][][];
            for (int c = 0; c < classes; c++) {
                int[] spread = spreads.get(chosen[c]);
                rounds[c] = new int[spread.length][];
                for (int k = 0; k < spread.length; k++) {
                    rounds[c][k] = lines.get(spread[k]).clone();
                }
            }
            return rounds;
        }

        private boolean packSearch(List<int[]> spreads, List<List<Integer>> spreadsWith, boolean[] used, int[] chosen,
                                   int depth, long[] nodes, long maxNodes) {
            if (depth == chosen.length) {
                return true;
            }
            if (++nodes[0] > maxNodes) {
                return false;
            }
            // The unused line with the fewest spreads still possible: the most constrained first.
            int bestLine = -1;
            int bestCount = Integer.MAX_VALUE;
            for (int l = 0; l < used.length; l++) {
                if (used[l]) {
                    continue;
                }
                int count = 0;
                for (int sp : spreadsWith.get(l)) {
                    if (disjoint(spreads.get(sp), used)) {
                        count++;
                    }
                }
                if (count < bestCount) {
                    bestCount = count;
                    bestLine = l;
                }
            }
            if (bestCount == 0) {
                return false;
            }
            for (int sp : spreadsWith.get(bestLine)) {
                int[] spread = spreads.get(sp);
                if (!disjoint(spread, used)) {
                    continue;
                }
                for (int l : spread) {
                    used[l] = true;
                }
                chosen[depth] = sp;
                if (packSearch(spreads, spreadsWith, used, chosen, depth + 1, nodes, maxNodes)) {
                    return true;
                }
                for (int l : spread) {
                    used[l] = false;
                }
            }
            return false;
        }

        private static boolean disjoint(int[] spread, boolean[] used) {
            for (int l : spread) {
                if (used[l]) {
                    return false;
                }
            }
            return true;
        }
    }
}
