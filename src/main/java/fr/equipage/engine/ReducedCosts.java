package fr.equipage.engine;

/**
 * Reduced-cost fixing from the LP's multipliers. The Lagrangian bound {@code L} counts each [0, 1]
 * column at its better end ({@code max(0, r)} for reduced cost {@code r}); a plan that puts the column
 * at its other end scores at most {@code L − |r|}. So once a plan scoring {@code incumbent} is known,
 * every column with {@code L − |r| < incumbent + 1} takes its better end in any strictly better plan,
 * and CP-SAT only searches the rest to prove (measured at 300 open: most assignment variables go).
 * Valid for any multipliers, like the bound itself.
 */
final class ReducedCosts {
    /** A column's fixed value in every strictly better plan: free, 0 or 1. */
    static final byte FREE = -1;

    private final double bound;
    private final double[] y;
    private final double[][] x;

    private ReducedCosts(double bound, double[] y, double[][] x) {
        this.bound = bound;
        this.y = y;
        this.x = x;
    }

    /** From the bound (before rounding down) and the reduced costs of every column, indexed by {@code yCol}, {@code xCol}. */
    static ReducedCosts of(double bound, double[] reduced, int[] yCol, int[][] xCol) {
        double[] y = new double[yCol.length];
        for (int t = 0; t < y.length; t++) {
            y[t] = reduced[yCol[t]];
        }
        double[][] x = new double[xCol.length][];
        for (int p = 0; p < x.length; p++) {
            x[p] = new double[xCol[p].length];
            for (int i = 0; i < x[p].length; i++) {
                x[p][i] = reduced[xCol[p][i]];
            }
        }
        return new ReducedCosts(bound, y, x);
    }

    /** Retention of proposal t in any plan scoring more than {@code incumbent}: {@link #FREE}, 0 or 1. */
    byte team(int t, long incumbent) {
        return fixed(y[t], incumbent);
    }

    /** Whether participant p joins its i-th allowed proposal in any plan scoring more than {@code incumbent}. */
    byte member(int p, int i, long incumbent) {
        return fixed(x[p][i], incumbent);
    }

    private byte fixed(double r, long incumbent) {
        if (!Double.isFinite(r) || bound - Math.abs(r) >= incumbent + 1) {
            return FREE;
        }
        return (byte) (r > 0 ? 1 : 0);
    }
}
