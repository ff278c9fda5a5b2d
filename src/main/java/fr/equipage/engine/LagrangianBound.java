package fr.equipage.engine;

import java.util.Arrays;
import java.util.function.BooleanSupplier;

/**
 * A proven upper bound that costs milliseconds per step at any size, for when the LP does not finish
 * in time (1,000-person open workshops, short limits from 3,000 people). "Each participant in at most
 * one team" is relaxed with a multiplier {@code u[p] ≥ 0}; what is left splits by proposal:
 *
 * <p>{@code bound(u) = unassigned·n + Σ u[p] + Σ over the maxTeams best proposals of max(0, V_t(u))}
 * plus every together pair, where {@code V_t(u)} is the best team of t on profits
 * {@code choice − unassigned − u[p]}, keeping its size range and the per-ministry cap, with one
 * {@code extraMinistry} per ministry present, and skills counted the smaller of two ways: every skill a
 * candidate holds, or each skill once per member holding it. Dropping the other rules (diversity, locks,
 * proposers, apart) and over-counting skills only loosens it. For any
 * {@code u ≥ 0} and any plan, the plan's score is at most {@code bound(u)} (the relaxed constraint's
 * slack times {@code u} is never negative), so every step gives a valid bound; a subgradient
 * method with Polyak steps lowers it.
 */
final class LagrangianBound {
    private final CompiledInstance c;
    /** Per proposal: its candidates grouped by ministry, and each candidate's profit before multipliers. */
    private final int[][][] groups;
    private final double[][][] base;
    /** The same plus the skill reward for each of the proposal's skills the candidate holds. */
    private final double[][][] withSkills;
    private final double[] teamConstant;
    private final double[] skillConstant;
    private final double constant;
    private final int cap;
    private final double ministryBonus;
    private final double[] u;

    private LagrangianBound(CompiledInstance c) {
        this.c = c;
        var w = c.weights();
        var s = c.settings();
        int teams = c.proposalCount();
        cap = s.maxPerMinistry();
        ministryBonus = Math.max(0, w.extraMinistry());
        u = new double[c.participantCount()];
        groups = new int[teams][][];
        base = new double[teams][][];
        withSkills = new double[teams][][];
        teamConstant = new double[teams];
        skillConstant = new double[teams];
        double skillWeight = Math.max(0, w.skillCovered());
        for (int t = 0; t < teams; t++) {
            int[] cands = c.candidates(t);
            int[] count = new int[c.ministryCount()];
            for (int p : cands) {
                count[c.ministryOf(p)]++;
            }
            groups[t] = new int[count.length][];
            base[t] = new double[count.length][];
            withSkills[t] = new double[count.length][];
            for (int m = 0; m < count.length; m++) {
                groups[t][m] = new int[count[m]];
                base[t][m] = new double[count[m]];
                withSkills[t][m] = new double[count[m]];
            }
            int[] fill = new int[count.length];
            for (int p : cands) {
                int m = c.ministryOf(p);
                int held = 0;
                for (int k : c.proposalSkills(t)) {
                    held += c.hasSkill(p, k) ? 1 : 0;
                }
                groups[t][m][fill[m]] = p;
                base[t][m][fill[m]] = (double) c.choiceScore(p, t) - w.unassigned();
                withSkills[t][m][fill[m]] = base[t][m][fill[m]++] + skillWeight * held;
            }
            int coverable = 0;
            for (int k : c.proposalSkills(t)) {
                for (int p : cands) {
                    if (c.hasSkill(p, k)) {
                        coverable++;
                        break;
                    }
                }
            }
            // extraMinistry × (distinct − minDistinct): a bonus per ministry less a constant when it is a reward;
            // never positive when it is a cost, since H3 keeps distinct ≥ minDistinct.
            teamConstant[t] = -ministryBonus * s.minDistinctMinistries();
            skillConstant[t] = skillWeight * coverable;
        }
        // Start from each participant's lowest profit: in an open workshop, what any proposal outside its
        // choices is worth, so that teams are not all formed from everyone at first (a far lower first bound).
        for (int p = 0; p < u.length; p++) {
            double least = Double.POSITIVE_INFINITY;
            for (int v : c.allowedWeight(p)) {
                least = Math.min(least, (double) v - w.unassigned());
            }
            u[p] = Double.isFinite(least) ? Math.max(0, least) : 0;
        }
        constant = (double) w.unassigned() * c.participantCount()
                + Math.max(0, w.together()) * (double) c.togetherPairs().length;
    }

    /**
     * The best bound found in at most {@code steps} subgradient steps (or until {@code stop}), rounded
     * down; {@code target} is a score some plan reaches (or an estimate), for the step length.
     */
    static long of(CompiledInstance c, double target, int steps, BooleanSupplier stop) {
        return new LagrangianBound(c).minimise(target, steps, stop);
    }

    private long minimise(double target, int steps, BooleanSupplier stop) {
        int n = u.length;
        int[] used = new int[n];
        double best = Double.POSITIVE_INFINITY;
        double theta = 1;
        int sinceBetter = 0;
        for (int step = 0; step < steps && !stop.getAsBoolean(); step++) {
            Arrays.fill(used, 0);
            double b = evaluate(used);
            if (b < best - 1e-9) {
                best = b;
                sinceBetter = 0;
            } else if (++sinceBetter >= 8) {
                theta /= 2;
                sinceBetter = 0;
            }
            if (Math.floor(best) <= target) {
                break;
            }
            double norm = 0;
            for (int p = 0; p < n; p++) {
                int g = 1 - used[p];
                // u = 0 with a positive subgradient stays 0: that component does not count in the step.
                if (g < 0 || u[p] > 0) {
                    norm += (double) g * g;
                }
            }
            if (norm == 0 || theta < 1e-4) {
                break;
            }
            double length = theta * (b - target) / norm;
            for (int p = 0; p < n; p++) {
                u[p] = Math.max(0, u[p] - length * (1 - used[p]));
            }
        }
        return (long) Math.floor(best);
    }

    /** bound(u), with a margin for floating point; counts in {@code used} the teams each participant is in. */
    private double evaluate(int[] used) {
        int teams = groups.length;
        double[] value = new double[teams];
        int[][] members = new int[teams][];
        double sum = constant;
        double magnitude = Math.abs(constant);
        for (double v : u) {
            sum += v;
            magnitude += v;
        }
        for (int t = 0; t < teams; t++) {
            value[t] = team(t);
            members[t] = chosen;
            magnitude += Math.abs(value[t]);
        }
        Integer[] order = new Integer[teams];
        for (int t = 0; t < teams; t++) {
            order[t] = t;
        }
        Arrays.sort(order, (a, b) -> Double.compare(value[b], value[a]));
        for (int k = 0; k < Math.min(teams, c.settings().maxTeams()) && value[order[k]] > 0; k++) {
            sum += value[order[k]];
            for (int p : members[order[k]]) {
                used[p]++;
            }
        }
        return sum + 1e-9 * magnitude + 1e-6;
    }

    /** Who {@link #team} picked. */
    private int[] chosen;

    /**
     * V_t(u): per ministry its best {@code cap} candidates, the first with the ministry bonus, then the
     * best prefix of those marginal values (non-increasing within a ministry, so the overall best k are a
     * prefix of each) of a size in [minSize, maxSize]. −∞ when t cannot be filled.
     */
    private double team(int t) {
        double counted = team(t, withSkills[t]);
        int[] pick = chosen;
        double capped = team(t, base[t]) + skillConstant[t];
        if (counted <= capped) {
            chosen = pick;
            return counted;
        }
        return capped;
    }

    private double team(int t, double[][] profits) {
        int count = 0;
        for (int m = 0; m < groups[t].length; m++) {
            int[] people = groups[t][m];
            int take = Math.min(cap, people.length);
            if (take == 0) {
                continue;
            }
            ensure(count + take);
            // The group's best `take` profits, kept sorted in marginal[count .. count + kept).
            int kept = 0;
            for (int i = 0; i < people.length; i++) {
                double v = profits[m][i] - u[people[i]];
                if (kept == take && v <= marginal[count + kept - 1]) {
                    continue;
                }
                int at = kept == take ? kept - 1 : kept++;
                while (at > 0 && marginal[count + at - 1] < v) {
                    marginal[count + at] = marginal[count + at - 1];
                    who[count + at] = who[count + at - 1];
                    at--;
                }
                marginal[count + at] = v;
                who[count + at] = people[i];
            }
            marginal[count] += ministryBonus;
            count += kept;
        }
        int[] order = topIndices(marginal, count, Math.min(count, c.maxSize(t)));
        int min = c.minSize(t);
        int max = Math.min(c.maxSize(t), count);
        if (count < min || min > max) {
            chosen = new int[0];
            return Double.NEGATIVE_INFINITY;
        }
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
        chosen = new int[bestK];
        for (int k = 0; k < bestK; k++) {
            chosen[k] = who[order[k]];
        }
        return teamConstant[t] + bestValue;
    }

    private double[] marginal = new double[64];
    private int[] who = new int[64];

    private void ensure(int size) {
        if (size > marginal.length) {
            marginal = Arrays.copyOf(marginal, Math.max(size, marginal.length * 2));
            who = Arrays.copyOf(who, marginal.length);
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
