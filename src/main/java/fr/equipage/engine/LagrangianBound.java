package fr.equipage.engine;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * A proven upper bound that costs milliseconds per step at any size, for when the LP does not finish
 * in time (1,000-person open workshops, the first seconds on smaller dense ones). Three families of rows
 * are relaxed with multipliers: "each participant in at most one team" ({@code u[p] ≥ 0}); "a skill of a
 * team counts only if a member holds it" ({@code μ ∈ [0, skillCovered]} per team and skill: the skill's
 * reward is split between the team, {@code skillCovered − μ}, and each member holding it, {@code μ}); and
 * "a together pair earns its reward in a team only if both are in it" ({@code α ∈ [0, together]} per
 * pair and team both may join: the first partner gets α there, the second the rest). What is left
 * splits by proposal (see {@link LagrangianTeams}):
 *
 * <p>{@code bound = unassigned·n + Σ u[p] + Σ over the teams with a lock and the best other proposals,
 * up to maxTeams, of V_t}, where {@code V_t} is the best team of t on profits {@code choice − unassigned −
 * u[p]} plus the shares above, keeping its size range and the per-ministry cap, with its locked
 * participants and (when they must join) its proposers in it, one {@code extraMinistry} per ministry
 * present and {@code Σ (skillCovered − μ)}. Dropping the other rules (diversity, apart) only loosens it.
 * For any multipliers in their ranges and any plan, the plan's score is at most the bound (each relaxed
 * row's slack times its multiplier is never negative), so every step gives a valid bound; a deflected
 * subgradient method with Polyak steps lowers it.
 */
final class LagrangianBound {
    /**
     * Steps without a better bound before the step halves (fewer in the first steps, where the first
     * steps overshoot), and the share of the last direction kept in the next (a deflected subgradient
     * zig-zags less). Measured at 300 open (optimum 2,721): 8 and none stalled at 2,781, 30 and 0.5
     * reached 2,761, 100 and 0.5 2,751; at 1,000 open in 2,000 steps 30: 9,240, 100: 9,222, and in 150
     * steps (5 s under load) 9,477, with 5 at first: 9,357; at 3,000 chosen-only 300 steps come within
     * 0.02 % of the LP.
     */
    static final int PATIENCE = 50;
    static final double BETA = 0.5;
    private final CompiledInstance c;
    private final LagrangianTeams teams;
    private final double constant;
    private final double[] u;
    /** Per proposal: its multipliers μ then α ({@link LagrangianTeams#multiplierCount}). */
    private final double[][] mu;
    private final double skillWeight;

    private LagrangianBound(CompiledInstance c) {
        this.c = c;
        var w = c.weights();
        skillWeight = Math.max(0, w.skillCovered());
        teams = new LagrangianTeams(c, skillWeight > 0);
        u = new double[c.participantCount()];
        mu = new double[c.proposalCount()][];
        for (int t = 0; t < mu.length; t++) {
            // Half to the holders: between "every skill a member holds counts" and "every skill counts once".
            mu[t] = new double[teams.multiplierCount(t)];
            for (int j = 0; j < mu[t].length; j++) {
                mu[t][j] = teams.upper(t, j, skillWeight) / 2;
            }
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
        constant = (double) w.unassigned() * c.participantCount();
    }

    /**
     * The best bound found in at most {@code steps} subgradient steps (or until {@code stop}), rounded
     * down; {@code target} is a score some plan reaches (or an estimate), for the step length.
     */
    static long of(CompiledInstance c, double target, int steps, BooleanSupplier stop) {
        return new LagrangianBound(c).minimise(() -> (long) target, steps, stop, b -> { });
    }

    /**
     * As {@link #of(CompiledInstance, LongSupplier, int, BooleanSupplier, LongConsumer)}, from the multipliers of an LP
     * (see {@link LpBound.Duals}; those of the LP on a sample of pairs too: any multipliers give a valid bound).
     * Measured at 1,000 open (seeds 1–3), from the sampled LP's multipliers: 9,099, 9,205, 9,187 after 1.5 s (the whole LP:
     * 9,094 and 9,193 for seeds 1 and 2), where from the start below seed 1 was at 9,237 after 1.3 s and 9,154 after 35 s.
     */
    static long from(CompiledInstance c, LpBound.Duals duals, LongSupplier target, int steps, BooleanSupplier stop,
            LongConsumer better) {
        LagrangianBound l = new LagrangianBound(c);
        l.start(duals);
        return l.minimise(target, steps, stop, better);
    }

    /** Multipliers from {@code duals}, each brought into its range (the bound holds for those only). */
    private void start(LpBound.Duals duals) {
        for (int p = 0; p < u.length; p++) {
            u[p] = Math.max(0, duals.person()[p]);
        }
        for (int t = 0; t < mu.length; t++) {
            for (int j = 0; j < mu[t].length; j++) {
                int at = teams.skillIndex(t, j);
                double d = at < 0 ? Double.NaN : duals.skill()[t][at];
                if (!Double.isNaN(d)) {
                    mu[t][j] = Math.max(0, Math.min(teams.upper(t, j, skillWeight), d)); // in its range, or no bound
                }
            }
        }
    }

    /** As {@link #of}, telling {@code better} each lower bound as it is found; the target may rise meanwhile. */
    static long of(CompiledInstance c, LongSupplier target, int steps, BooleanSupplier stop, LongConsumer better) {
        return new LagrangianBound(c).minimise(target, steps, stop, better);
    }

    private long minimise(LongSupplier targetOf, int steps, BooleanSupplier stop, LongConsumer better) {
        int n = u.length;
        int[] used = new int[n];
        double best = Double.POSITIVE_INFINITY;
        double theta = 1;
        int sinceBetter = 0;
        double[] du = new double[n];
        double[][] dmu = new double[mu.length][];
        for (int t = 0; t < mu.length; t++) {
            dmu[t] = new double[mu[t].length];
        }
        boolean[] inSelection = new boolean[mu.length];
        for (int step = 0; step < steps && !stop.getAsBoolean(); step++) {
            Arrays.fill(used, 0);
            double b = evaluate(used);
            double target = targetOf.getAsLong();
            if (b < best - 1e-9) {
                if (Double.isFinite(b) && Math.floor(b) < Math.floor(best)) {
                    better.accept((long) Math.floor(b));
                }
                best = b;
                sinceBetter = 0;
            } else if (++sinceBetter >= Math.min(PATIENCE, 5 + step / 20)) {
                theta /= 2;
                sinceBetter = 0;
            }
            if (Math.floor(best) <= target || !Double.isFinite(b)) {
                break;
            }
            // The direction: this step's subgradient plus a share of the last direction (less zig-zag),
            // without the components a multiplier at its limit cannot follow.
            double norm = 0;
            for (int p = 0; p < n; p++) {
                double d = (1 - used[p]) + BETA * du[p];
                du[p] = d > 0 && u[p] <= 0 ? 0 : d;
                norm += du[p] * du[p];
            }
            Arrays.fill(inSelection, false);
            for (int t : teams.selected()) {
                inSelection[t] = true;
            }
            for (int t = 0; t < mu.length; t++) {
                int[] g = inSelection[t] ? teams.skillSlack(t) : null;
                for (int j = 0; j < mu[t].length; j++) {
                    double d = (g == null ? 0 : g[j]) + BETA * dmu[t][j];
                    dmu[t][j] = d < 0 && mu[t][j] >= teams.upper(t, j, skillWeight) || d > 0 && mu[t][j] <= 0 ? 0 : d;
                    norm += dmu[t][j] * dmu[t][j];
                }
            }
            if (norm == 0 || theta < 1e-4) {
                break;
            }
            double length = theta * (b - target) / norm;
            for (int p = 0; p < n; p++) {
                u[p] = Math.max(0, u[p] - length * du[p]);
            }
            for (int t = 0; t < mu.length; t++) {
                for (int j = 0; j < mu[t].length; j++) {
                    mu[t][j] = Math.min(teams.upper(t, j, skillWeight), Math.max(0, mu[t][j] - length * dmu[t][j]));
                }
            }
        }
        return Double.isFinite(best) ? (long) Math.floor(best) : Long.MAX_VALUE;
    }

    /** bound(u, μ), with a margin for floating point; counts in {@code used} the teams each participant is in. */
    private double evaluate(int[] used) {
        double sum = constant;
        double magnitude = Math.abs(constant);
        for (double v : u) {
            sum += v;
            magnitude += v;
        }
        double teamsPart = teams.solve(u, mu, skillWeight, c.settings().maxTeams(), used);
        magnitude += teams.magnitude();
        return sum + teamsPart + 1e-9 * magnitude + 1e-6;
    }
}
