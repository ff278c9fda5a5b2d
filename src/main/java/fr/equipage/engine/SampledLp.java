package fr.equipage.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The relaxation of {@link LpBound} on a sample of the pairs, for open workshops where the whole one takes too long
 * (1,000 people open: 208,393 columns, 15–31 s). Its solution, rounded, is a far better start than the search finds
 * there in seconds. Kept: every pair that scores a choice, a lock, a proposer in its own proposal, the current plan's
 * pair, a pair that brings two of the proposal's skills or more; then at random {@link #ONE_SKILL} pairs that bring
 * one skill and {@link #OTHERS} others per participant (the LP's own solution puts 85 % of people on choices: the
 * others only fill sizes and ministries, where any of a kind will do).
 *
 * <p>Measured at 1,000 open, seed 1 (20,607 columns): PDLP on one thread 0.9–1.6 s, LP value 9,040–9,048 (the whole
 * LP 9,094), rounded to plans of 8,956–8,983, where the search had 8,832 after 5 s. With 2 and 1 per participant:
 * 1.2 s, rounded to 8,820; with 8 and 5: 1.2 s, 8,934; GLOP, exact: 9,013 but in 7–21 s.
 */
final class SampledLp {
    static final int ONE_SKILL = 5;
    static final int OTHERS = 3;
    /**
     * With this many seconds for it or more once the annealing has its {@link #ANNEALING_SECONDS} (both {@link #scaled}
     * to the workshop), the LP is solved to a tighter tolerance ({@link LpBound.Method#PDLP_BESIDE}), cut there; below,
     * {@link LpBound.Method#PDLP_ROUGH} or {@link LpBound.Method#PDLP_QUICK} within {@link #SHORT_SHARE} of the time
     * left. At 1,000 open, alone on its core, PDLP_BESIDE takes 1.7–2.6 s (seeds 1–3) and 1.5 s of annealing from its
     * rounding reaches 9,040–9,095, where from PDLP_ROUGH's (0.7–1 s) it reaches 9,010–9,025; cut at 1.2 s, its iterate
     * rounds no better than PDLP_ROUGH's.
     */
    static final double PRECISE_FROM = 1.5;
    /** The time left to the annealing from the rounding of the tighter LP: it saturates there in about 1.5 s. */
    static final double ANNEALING_SECONDS = 2;
    /** The size the two times above were measured at (1,000 open); see {@link #scaled}. */
    static final int FULL_FROM = 1000;
    /** The longest the Lagrangian bound waits for the LP's multipliers (at 1,000 open; see {@link #boundWait}). */
    static final double MAX_BOUND_WAIT = 4;
    /** Where the tighter LP does not fit, the share of the time left the LP may take. */
    static final double SHORT_SHARE = 0.8;
    /**
     * Below this many seconds for it, {@link LpBound.Method#PDLP_QUICK}: at 1,000 open and 2 s (seeds 1–3), 8,975, 8,979,
     * 8,960 against 8,974, 8,976, 8,920, bounds 9,118, 9,230, 9,220 against 9,157, 9,272, 9,249; the whole process with a
     * 2-s limit, where loading takes a second, 8,862 and 8,811 against 8,740 and 8,658 (seeds 1, 2).
     */
    static final double ROUGH_FROM = 2;

    /**
     * On a dense workshop the whole LP takes seconds: this one replaces it when the limit is below the pairs over
     * {@link #PAIRS_PER_SECOND} seconds. Measured, seed 1 (2): 450 open (40,500 pairs) at 5 s 4,219 (4,086) against
     * 4,175 (3,972) with the whole LP, at 10 s 4,221 (4,132) against 4,190 (4,114), at 30 s 4,225 against 4,247; 600
     * open (72,000) at 5 s 5,400 (5,755) against 5,259 (5,641), at 10 s 5,488 (5,780) against 5,354 (5,765), at 30 s
     * 5,508 against 5,537. Smaller ones too (before, from 30,000 pairs only): 300 open (18,000 pairs), seeds 1–5, at 2 s
     * +10, +25, +90, +104, +12, at 4 s −1, +28, +63, +62, +20 (the whole LP came too late for its rounding to be searched
     * from), at 5 s −9, +8, −2, −13, −10 (there it proves seed 1); 250 open at 2 s −4, +36, +52; 350 open at 3 s −5, +33,
     * +131 and at 5 s −7, +35, +53.
     */
    static final double PAIRS_PER_SECOND = 3_000;

    private SampledLp() {
    }

    /** Whether a dense workshop of {@code pairs} allowed pairs, first run within {@code limit}, solves the sampled LP. */
    static boolean replacesWholeLp(long pairs, Duration limit) {
        return pairs > Solver.LP_MAX_PAIRS || limit.toMillis() / 1000.0 < pairs / PAIRS_PER_SECOND;
    }

    /**
     * The sampled relaxation solved on its own thread, {@code secondsLeft} before the deadline, the pairs of
     * {@code current} among the sample (so that the LP's solutions include that plan); its bound is
     * {@code Long.MAX_VALUE}: none. Cut by its time limit, PDLP's last iterate stands for its solution.
     */
    static LpTask start(CompiledInstance c, ScoreState current, long seed, double secondsLeft) {
        boolean[][] pairs = pairs(c, current, seed);
        int n = c.participantCount();
        LpBound.Method method = method(n, secondsLeft);
        double seconds = seconds(n, method, secondsLeft);
        if (method == LpBound.Method.PDLP_BESIDE) {
            // Cut at the annealing's time when it has not converged: its last iterate then.
            return LpTask.start(() -> LpBound.onPairsByPdlp(c, pairs, seconds, method.params));
        }
        // These converge within their time; the request's 0.17 s, in a fresh process at a 2-s limit, made the LP late.
        return LpTask.start(() -> LpBound.onPairs(c, pairs, seconds, method));
    }

    /**
     * How long, from the start above, the Lagrangian bound should wait for the LP's multipliers before it starts without
     * them: until the LP's own limit has passed, so as not to slow it down (beside it, PDLP_BESIDE took 1.5 times as long,
     * at 1,000 open up to 3.9 s where alone 1.7–2.6 s), and it settles from them within a second or two anyway. Not at
     * all with {@link LpBound.Method#PDLP_QUICK}, where the LP may come only at the end: 1,000 open, 2 s, the whole
     * process, no bound but the trivial one in 2 runs of 2. At most {@link #MAX_BOUND_WAIT} (scaled): in a long limit
     * the LP's own is long, and an LP that takes longer than that is late anyway.
     */
    static double boundWait(int n, double secondsLeft) {
        LpBound.Method method = method(n, secondsLeft);
        if (method == LpBound.Method.PDLP_QUICK) {
            return 0;
        }
        return Math.min(seconds(n, method, secondsLeft), scaled(MAX_BOUND_WAIT, n)) + LpTask.GRACE_NANOS / 1e9;
    }

    /**
     * {@link #ANNEALING_SECONDS} and {@link #PRECISE_FROM} hold from {@link #FULL_FROM} participants; below, in proportion:
     * the tighter LP and the annealing both take about as long per participant (450 open: PDLP_BESIDE 0.8–1.05 s). Seeds
     * 1–3 at 450 open, twice each, against the full times: 2 s +9, +7, +39, +3, +23, +9; 3 s +6, +28, 0, −8, −1, +24;
     * 5 s within the noise. Beyond, unmeasured: the full times.
     */
    private static double scaled(double seconds, int n) {
        return seconds * Math.min(1, n / (double) FULL_FROM);
    }

    private static double seconds(int n, LpBound.Method method, double secondsLeft) {
        return method == LpBound.Method.PDLP_BESIDE ? secondsLeft - scaled(ANNEALING_SECONDS, n) : secondsLeft * SHORT_SHARE;
    }

    /** How the LP is solved for {@code n} participants with {@code secondsLeft} before the deadline. */
    static LpBound.Method method(int n, double secondsLeft) {
        if (secondsLeft - scaled(ANNEALING_SECONDS, n) >= scaled(PRECISE_FROM, n)) {
            return LpBound.Method.PDLP_BESIDE;
        }
        return secondsLeft * SHORT_SHARE >= ROUGH_FROM ? LpBound.Method.PDLP_ROUGH : LpBound.Method.PDLP_QUICK;
    }

    /** Per participant and allowed index, whether the pair is in the sample. */
    static boolean[][] pairs(CompiledInstance c, ScoreState current, long seed) {
        Random random = new Random(seed);
        boolean[][] kept = new boolean[c.participantCount()][];
        for (int p = 0; p < kept.length; p++) {
            int[] allowed = c.allowed(p);
            kept[p] = new boolean[allowed.length];
            List<Integer> oneSkill = new ArrayList<>();
            List<Integer> others = new ArrayList<>();
            for (int i = 0; i < allowed.length; i++) {
                int t = allowed[i];
                int skills = c.skillsBrought(p, t);
                if (c.allowedWeight(p)[i] > 0 || skills >= 2 || t == current.teamOf(p) || t == c.lockOf(p) || c.proposed(p, t)) {
                    kept[p][i] = true;
                } else {
                    (skills == 1 ? oneSkill : others).add(i);
                }
            }
            keepSome(kept[p], oneSkill, ONE_SKILL, random);
            keepSome(kept[p], others, OTHERS, random);
        }
        return kept;
    }

    private static void keepSome(boolean[] kept, List<Integer> from, int count, Random random) {
        Collections.shuffle(from, random);
        for (int i : from.subList(0, Math.min(count, from.size()))) {
            kept[i] = true;
        }
    }
}
