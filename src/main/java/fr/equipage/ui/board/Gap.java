package fr.equipage.ui.board;

/** How far a score may be from the best possible, as the organiser reads it. */
final class Gap {
    private Gap() {
    }

    /** (bound − score) / |bound| in %, rounded to one decimal; 0 when the score reaches the bound. */
    static double percent(long score, long bound) {
        if (score >= bound) {
            return 0;
        }
        double denominator = Math.max(1, Math.abs(bound));
        return Math.round(1000.0 * (bound - score) / denominator) / 10.0;
    }
}
