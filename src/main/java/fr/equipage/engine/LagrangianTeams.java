package fr.equipage.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The subproblem of {@link LagrangianBound}: for given multipliers, the best team of each proposal on
 * its own, then the proposals retained — every one with a lock (H5 retains it), then the best others
 * of positive value, up to {@code maxTeams}.
 *
 * <p>A team's best members: its forced ones (locked in it, and its proposers when they must join; a
 * proposal whose proposer is locked elsewhere cannot be retained), then per ministry the best others up
 * to the cap, the first of a ministry with the ministry bonus, and of those the best prefix (values are
 * non-increasing within a ministry, so the overall best k are a prefix of each) that fits the size range.
 */
final class LagrangianTeams {
    private final CompiledInstance c;
    private final int cap;
    private final double ministryBonus;
    private final double together;
    /** Per proposal: its optional candidates grouped by ministry, and the groups' starts (one past the end last). */
    private final int[][] people;
    private final int[][] groupStart;
    /** Per group: how many it may still add under the cap, and whether its first earns the ministry bonus. */
    private final int[][] groupRoom;
    private final boolean[][] groupBonus;
    private final double[][] base;
    private final int[][] forced;
    private final double[][] forcedBase;
    /** Bonus of the distinct ministries among the forced members, less the H3 constant. */
    private final double[] teamConstant;
    private final boolean[] impossible;
    private final boolean[] mustRetain;
    /** Per proposal and coverable skill: positions in {@link #people} holding it, and forced members holding it. */
    private final int[][][] holders;
    private final int[][] forcedHolders;
    /** Per proposal and skill multiplier: the skill's index in {@link CompiledInstance#proposalSkills}. */
    private final int[][] skillAt;
    /** Per proposal: its optional candidates sorted, with their positions, to find a participant's slot. */
    private final int[][] sortedPeople;
    private final int[][] positionOf;
    /** Per proposal: the together pairs who may both sit in it, as two slots (see {@link #slot}). */
    private final int[][][] pairSlots;

    private final double[] value;
    private final int[][] chosen;
    private final int[][] slack;
    private int[] selected = new int[0];
    private double magnitude;
    private double[] marginal = new double[64];
    private int[] at = new int[64];

    LagrangianTeams(CompiledInstance c, boolean skills) {
        this.c = c;
        var w = c.weights();
        var s = c.settings();
        int n = c.proposalCount();
        cap = s.maxPerMinistry();
        ministryBonus = Math.max(0, w.extraMinistry());
        together = Math.max(0, w.together());
        people = new int[n][];
        groupStart = new int[n][];
        groupRoom = new int[n][];
        groupBonus = new boolean[n][];
        base = new double[n][];
        forced = new int[n][];
        forcedBase = new double[n][];
        teamConstant = new double[n];
        impossible = new boolean[n];
        mustRetain = new boolean[n];
        holders = new int[n][][];
        forcedHolders = new int[n][];
        skillAt = new int[n][];
        sortedPeople = new int[n][];
        positionOf = new int[n][];
        pairSlots = new int[n][][];
        value = new double[n];
        chosen = new int[n][];
        slack = new int[n][];
        for (int t = 0; t < n; t++) {
            build(t, skills);
        }
    }

    private void build(int t, boolean skills) {
        var w = c.weights();
        var s = c.settings();
        List<Integer> must = new ArrayList<>();
        for (int p : c.lockedIn(t)) {
            must.add(p);
        }
        mustRetain[t] = !must.isEmpty();
        if (s.proposersJoinOwnProject()) {
            for (int p : c.proposersOf(t)) {
                if (c.lockOf(p) >= 0 && c.lockOf(p) != t) {
                    impossible[t] = true;
                } else if (!must.contains(p)) {
                    must.add(p);
                }
            }
        }
        forced[t] = must.stream().mapToInt(Integer::intValue).toArray();
        forcedBase[t] = new double[forced[t].length];
        int[] perMinistry = new int[c.ministryCount()];
        int distinct = 0;
        for (int i = 0; i < forced[t].length; i++) {
            int p = forced[t][i];
            forcedBase[t][i] = profit(p, t);
            distinct += perMinistry[c.ministryOf(p)]++ == 0 ? 1 : 0;
            impossible[t] |= !c.isAllowed(p, t) || perMinistry[c.ministryOf(p)] > cap;
        }
        impossible[t] |= forced[t].length > c.maxSize(t);
        teamConstant[t] = ministryBonus * (distinct - s.minDistinctMinistries());
        // Optional candidates: allowed, not forced here, not locked elsewhere; sorted by ministry.
        int[] optional = Arrays.stream(c.candidates(t))
                .filter(p -> !must.contains(p) && (c.lockOf(p) < 0 || c.lockOf(p) == t))
                .boxed().sorted((a, b) -> Integer.compare(c.ministryOf(a), c.ministryOf(b)))
                .mapToInt(Integer::intValue).toArray();
        people[t] = optional;
        base[t] = new double[optional.length];
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < optional.length; i++) {
            base[t][i] = profit(optional[i], t);
            if (i == 0 || c.ministryOf(optional[i]) != c.ministryOf(optional[i - 1])) {
                starts.add(i);
            }
        }
        starts.add(optional.length);
        groupStart[t] = starts.stream().mapToInt(Integer::intValue).toArray();
        int groups = groupStart[t].length - 1;
        groupRoom[t] = new int[groups];
        groupBonus[t] = new boolean[groups];
        for (int g = 0; g < groups; g++) {
            int m = c.ministryOf(optional[groupStart[t][g]]);
            groupRoom[t][g] = Math.max(0, cap - perMinistry[m]);
            groupBonus[t][g] = perMinistry[m] == 0;
        }
        List<int[]> held = new ArrayList<>();
        List<Integer> forcedHeld = new ArrayList<>();
        List<Integer> heldAt = new ArrayList<>();
        int[] wanted = skills ? c.proposalSkills(t) : new int[0];
        for (int index = 0; index < wanted.length; index++) {
            int k = wanted[index];
            int f = 0;
            for (int p : forced[t]) {
                f += c.hasSkill(p, k) ? 1 : 0;
            }
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < optional.length; i++) {
                if (c.hasSkill(optional[i], k)) {
                    at.add(i);
                }
            }
            // A skill nobody here holds is never covered: it earns nothing, and needs no multiplier.
            if (f > 0 || !at.isEmpty()) {
                held.add(at.stream().mapToInt(Integer::intValue).toArray());
                forcedHeld.add(f);
                heldAt.add(index);
            }
        }
        holders[t] = held.toArray(new int[0][]);
        forcedHolders[t] = forcedHeld.stream().mapToInt(Integer::intValue).toArray();
        skillAt[t] = heldAt.stream().mapToInt(Integer::intValue).toArray();
        sortedPeople[t] = optional.clone();
        Arrays.sort(sortedPeople[t]);
        positionOf[t] = new int[optional.length];
        for (int i = 0; i < optional.length; i++) {
            positionOf[t][Arrays.binarySearch(sortedPeople[t], optional[i])] = i;
        }
        List<int[]> pairs = new ArrayList<>();
        for (int[] pair : together > 0 ? c.togetherPairs() : new int[0][]) {
            Integer a = slot(t, pair[0]);
            Integer b = slot(t, pair[1]);
            // A pair that cannot both sit in t is never together there: no share of the reward.
            if (a != null && b != null) {
                pairs.add(new int[] {a, b});
            }
        }
        pairSlots[t] = pairs.toArray(new int[0][]);
    }

    /** p's profit in t before multipliers: its choice score less the unassigned weight. */
    private double profit(int p, int t) {
        return (double) c.choiceScore(p, t) - c.weights().unassigned();
    }

    /** Where p may sit in t: its position among the optional candidates, −1 − its index among the forced, or null. */
    private Integer slot(int t, int p) {
        for (int i = 0; i < forced[t].length; i++) {
            if (forced[t][i] == p) {
                return -1 - i;
            }
        }
        int i = Arrays.binarySearch(sortedPeople[t], p);
        return i >= 0 ? positionOf[t][i] : null;
    }

    /**
     * Multipliers of t: one per coverable skill (its holders' share μ, in [0, skillCovered]), then one per
     * together pair who may both sit in t (the first partner's share α of the reward there, the second
     * getting the rest, in [0, together]: {@code w·z ≤ α·x_a + (w − α)·x_b} whenever {@code z ≤ x_a, x_b}).
     */
    int multiplierCount(int t) {
        return holders[t].length + pairSlots[t].length;
    }

    /** For t's multiplier j of a skill, the skill's index in {@link CompiledInstance#proposalSkills}; −1 for a pair's. */
    int skillIndex(int t, int j) {
        return j < skillAt[t].length ? skillAt[t][j] : -1;
    }

    /** The largest value of t's multiplier j (its first value is half of it). */
    double upper(int t, int j, double skillWeight) {
        return j < holders[t].length ? skillWeight : together;
    }

    /** The proposals the last {@link #solve} retained. */
    int[] selected() {
        return selected;
    }

    /** For a retained proposal, per skill: members holding it less whether the team counts it (the subgradient of μ). */
    int[] skillSlack(int t) {
        return slack[t];
    }

    /** Sum of the absolute values of the last solve's team values (for the floating-point margin). */
    double magnitude() {
        return magnitude;
    }

    /** Σ of the retained teams' values; adds 1 in {@code used} for each retained team a participant is in. */
    double solve(double[] u, double[][] mu, double skillWeight, int maxTeams, int[] used) {
        int n = value.length;
        magnitude = 0;
        for (int t = 0; t < n; t++) {
            value[t] = impossible[t] ? Double.NEGATIVE_INFINITY : team(t, u, mu[t], skillWeight);
            magnitude += Double.isFinite(value[t]) ? Math.abs(value[t]) : 0;
        }
        Integer[] order = new Integer[n];
        for (int t = 0; t < n; t++) {
            order[t] = t;
        }
        // Teams with a lock first (all retained), then the others by value.
        Arrays.sort(order, (a, b) -> mustRetain[a] != mustRetain[b] ? (mustRetain[a] ? -1 : 1) : Double.compare(value[b], value[a]));
        double sum = 0;
        int k = 0;
        for (; k < Math.min(n, maxTeams) && (mustRetain[order[k]] || value[order[k]] > 0); k++) {
            sum += value[order[k]];
        }
        if (k < n && mustRetain[order[k]]) {
            return Double.NEGATIVE_INFINITY; // more locked proposals than teams: no plan at all
        }
        selected = new int[k];
        for (int i = 0; i < k; i++) {
            int t = order[i];
            selected[i] = t;
            for (int p : forced[t]) {
                used[p]++;
            }
            for (int pos : chosen[t]) {
                used[people[t][pos]]++;
            }
            slack[t] = slackOf(t, mu[t], skillWeight);
        }
        return sum;
    }

    private int[] slackOf(int t, double[] mu, double skillWeight) {
        int[][] held = holders[t];
        int[] g = new int[multiplierCount(t)];
        if (g.length == 0) {
            return g;
        }
        boolean[] in = new boolean[people[t].length];
        for (int pos : chosen[t]) {
            in[pos] = true;
        }
        for (int e = 0; e < pairSlots[t].length; e++) {
            int a = pairSlots[t][e][0];
            int b = pairSlots[t][e][1];
            g[held.length + e] = (a < 0 || in[a] ? 1 : 0) - (b < 0 || in[b] ? 1 : 0);
        }
        for (int j = 0; j < held.length; j++) {
            int count = forcedHolders[t][j];
            for (int pos : held[j]) {
                count += in[pos] ? 1 : 0;
            }
            g[j] = count - (skillWeight - mu[j] > 0 ? 1 : 0);
        }
        return g;
    }

    /** V_t(u, μ); −∞ when t cannot be filled. Leaves the optional members taken in {@code chosen[t]}. */
    private double team(int t, double[] u, double[] mu, double skillWeight) {
        double fixed = teamConstant[t];
        int skills = holders[t].length;
        for (int j = 0; j < skills; j++) {
            fixed += Math.max(0, skillWeight - mu[j]) + forcedHolders[t][j] * mu[j];
        }
        for (int i = 0; i < forced[t].length; i++) {
            fixed += forcedBase[t][i] - u[forced[t][i]];
        }
        double[] v = profits(t, u, mu);
        for (int e = 0; e < pairSlots[t].length; e++) {
            double share = mu[skills + e];
            int a = pairSlots[t][e][0];
            int b = pairSlots[t][e][1];
            if (a < 0) {
                fixed += share;
            } else {
                v[a] += share;
            }
            if (b < 0) {
                fixed += together - share;
            } else {
                v[b] += together - share;
            }
        }
        int[] starts = groupStart[t];
        int count = 0;
        for (int g = 0; g + 1 < starts.length; g++) {
            int take = Math.min(groupRoom[t][g], starts[g + 1] - starts[g]);
            if (take == 0) {
                continue;
            }
            ensure(count + take);
            // The group's best `take` profits, kept sorted in marginal[count .. count + kept).
            int kept = 0;
            for (int i = starts[g]; i < starts[g + 1]; i++) {
                double x = v[i];
                if (kept == take && x <= marginal[count + kept - 1]) {
                    continue;
                }
                int j = kept == take ? kept - 1 : kept++;
                while (j > 0 && marginal[count + j - 1] < x) {
                    marginal[count + j] = marginal[count + j - 1];
                    at[count + j] = at[count + j - 1];
                    j--;
                }
                marginal[count + j] = x;
                at[count + j] = i;
            }
            if (groupBonus[t][g]) {
                marginal[count] += ministryBonus;
            }
            count += kept;
        }
        int f = forced[t].length;
        int min = Math.max(0, c.minSize(t) - f);
        int max = Math.min(c.maxSize(t) - f, count);
        if (min > max) {
            chosen[t] = new int[0];
            return Double.NEGATIVE_INFINITY;
        }
        int[] order = topIndices(marginal, count, max);
        double prefix = 0;
        double bestValue = min == 0 ? 0 : Double.NEGATIVE_INFINITY;
        int bestK = 0;
        for (int k = 0; k < max; k++) {
            prefix += marginal[order[k]];
            if (k + 1 >= min && prefix > bestValue) {
                bestValue = prefix;
                bestK = k + 1;
            }
        }
        int[] pick = new int[bestK];
        for (int k = 0; k < bestK; k++) {
            pick[k] = at[order[k]];
        }
        chosen[t] = pick;
        return fixed + bestValue;
    }

    private double[] scratch = new double[64];

    /** Each optional candidate's profit: choice less unassigned, less u, plus μ of the skills it holds. */
    private double[] profits(int t, double[] u, double[] mu) {
        int[] who = people[t];
        if (scratch.length < who.length) {
            scratch = new double[Math.max(who.length, scratch.length * 2)];
        }
        double[] b = base[t];
        for (int i = 0; i < who.length; i++) {
            scratch[i] = b[i] - u[who[i]];
        }
        int[][] held = holders[t];
        for (int j = 0; j < held.length; j++) {
            double m = mu[j];
            for (int pos : held[j]) {
                scratch[pos] += m;
            }
        }
        return scratch;
    }

    private void ensure(int size) {
        if (size > marginal.length) {
            marginal = Arrays.copyOf(marginal, Math.max(size, marginal.length * 2));
            at = Arrays.copyOf(at, marginal.length);
        }
    }

    /** Indices of the {@code k} largest of the first {@code n} values, largest first (selection: k is small). */
    private static int[] topIndices(double[] values, int n, int k) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        for (int j = 0; j < k; j++) {
            int bestAt = j;
            for (int i = j + 1; i < n; i++) {
                if (values[idx[i]] > values[idx[bestAt]]) {
                    bestAt = i;
                }
            }
            int tmp = idx[j];
            idx[j] = idx[bestAt];
            idx[bestAt] = tmp;
        }
        return Arrays.copyOf(idx, k);
    }
}
