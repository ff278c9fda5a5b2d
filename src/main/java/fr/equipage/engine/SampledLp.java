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
     * With this many seconds for it or more, the LP is solved to a tighter tolerance ({@link LpBound.Method#PDLP_BESIDE},
     * 1.6–2.9 s alone at 1,000 open, up to 3.9 s beside the Lagrangian bound: with 3.8 s at a 5-s limit it failed on 2
     * of 3 seeds); below, {@link LpBound.Method#PDLP_ROUGH}. At 1,000 open and 10 s: 9,030, 9,074, 9,075 against 9,011,
     * 9,042, 9,029.
     */
    static final double PRECISE_FROM = 6;
    /**
     * Below this many seconds for it, {@link LpBound.Method#PDLP_QUICK}: at 1,000 open and 2 s (seeds 1–3), 8,975, 8,979,
     * 8,960 against 8,974, 8,976, 8,920, bounds 9,118, 9,230, 9,220 against 9,157, 9,272, 9,249; the whole process with a
     * 2-s limit, where loading takes a second, 8,862 and 8,811 against 8,740 and 8,658 (seeds 1, 2).
     */
    static final double ROUGH_FROM = 2;

    /**
     * From this many allowed pairs, the whole LP takes seconds: it replaces it when the limit is below the pairs over
     * {@link #PAIRS_PER_SECOND} seconds. Measured, seed 1 (2): 450 open (40,500 pairs) at 5 s 4,219 (4,086) against
     * 4,175 (3,972) with the whole LP, at 10 s 4,221 (4,132) against 4,190 (4,114), at 30 s 4,225 against 4,247; 600
     * open (72,000) at 5 s 5,400 (5,755) against 5,259 (5,641), at 10 s 5,488 (5,780) against 5,354 (5,765), at 30 s
     * 5,508 against 5,537. At 300 open (18,000 pairs) the whole LP proves the optimum in 5 s.
     */
    static final int FROM_PAIRS = 30_000;
    static final double PAIRS_PER_SECOND = 3_000;

    private SampledLp() {
    }

    /** Whether a dense workshop of {@code pairs} allowed pairs, first run within {@code limit}, solves the sampled LP. */
    static boolean replacesWholeLp(long pairs, Duration limit) {
        return pairs > Solver.LP_MAX_PAIRS || pairs >= FROM_PAIRS && limit.toMillis() / 1000.0 < pairs / PAIRS_PER_SECOND;
    }

    /**
     * The sampled relaxation solved on its own thread within {@code seconds}, the pairs of {@code current} among the
     * sample (so that the LP's solutions include that plan); its bound is {@code Long.MAX_VALUE}: none.
     */
    static LpTask start(CompiledInstance c, ScoreState current, long seed, double seconds) {
        boolean[][] pairs = pairs(c, current, seed);
        LpBound.Method method = seconds >= PRECISE_FROM ? LpBound.Method.PDLP_BESIDE
                : seconds >= ROUGH_FROM ? LpBound.Method.PDLP_ROUGH : LpBound.Method.PDLP_QUICK;
        return LpTask.start(() -> LpBound.onPairs(c, pairs, seconds, method));
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
