package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The LP on a sample of pairs ({@link SampledLp}), which gives large open workshops their first good plan and the
 * Lagrangian bound its start: the sample keeps every pair a rule or the current plan needs, its relaxation is the
 * whole one where nothing is left out, its solution uses only the sample, and its multipliers start the Lagrangian
 * bound close to the LP's.
 */
class SampledLpTest {
    private static final CompiledInstance OPEN = CompiledInstance.of(InstanceGenerator.generateOpen(150, 4));

    @Test
    void theSampleKeepsChoicesRulesAndTheCurrentPlanAndSomeOthers() {
        ScoreState plan = new LocalSearch(OPEN, 1).construct();
        boolean[][] kept = SampledLp.pairs(OPEN, plan, 7);
        int random = 0;
        for (int p = 0; p < OPEN.participantCount(); p++) {
            for (int i = 0; i < kept[p].length; i++) {
                if (alwaysKept(p, i, plan)) {
                    assertThat(kept[p][i]).as("participant %d, proposal %d", p, OPEN.allowed(p)[i]).isTrue();
                } else {
                    random += kept[p][i] ? 1 : 0;
                }
            }
        }
        assertThat(random).isPositive();
        assertThat(SampledLp.pairs(OPEN, plan, 7)).as("same seed, same sample").isDeepEqualTo(kept);
        assertThat(SampledLp.pairs(OPEN, plan, 8)).as("another seed").isNotEqualTo(kept);
    }

    @Test
    void atMostTheSampledNumberOfOtherPairsAreKept() {
        ScoreState plan = new LocalSearch(OPEN, 1).construct();
        boolean[][] kept = SampledLp.pairs(OPEN, plan, 3);
        for (int p = 0; p < OPEN.participantCount(); p++) {
            int random = 0;
            for (int i = 0; i < kept[p].length; i++) {
                random += kept[p][i] && !alwaysKept(p, i, plan) ? 1 : 0;
            }
            assertThat(random).as("participant %d", p).isLessThanOrEqualTo(SampledLp.ONE_SKILL + SampledLp.OTHERS);
        }
    }

    /** A pair that scores a choice, is the plan's, a lock or a proposer's, or brings two of the proposal's skills. */
    private static boolean alwaysKept(int p, int i, ScoreState plan) {
        int t = OPEN.allowed(p)[i];
        return OPEN.allowedWeight(p)[i] > 0 || OPEN.skillsBrought(p, t) >= 2 || t == plan.teamOf(p) || t == OPEN.lockOf(p)
                || OPEN.proposed(p, t);
    }

    @Test
    void itReplacesTheWholeLpPastItsSizeAndInShortLimitsOnly() {
        assertThat(SampledLp.replacesWholeLp(18_000, Duration.ofSeconds(4))).as("300 open, 4 s").isTrue();
        assertThat(SampledLp.replacesWholeLp(18_000, Duration.ofSeconds(10))).as("300 open, 10 s: the whole LP proves").isFalse();
        assertThat(SampledLp.replacesWholeLp(40_500, Duration.ofSeconds(5))).as("450 open, 5 s").isTrue();
        assertThat(SampledLp.replacesWholeLp(40_500, Duration.ofSeconds(30))).as("450 open, 30 s").isFalse();
        assertThat(SampledLp.replacesWholeLp(72_000, Duration.ofSeconds(20))).as("600 open, 20 s").isTrue();
        assertThat(SampledLp.replacesWholeLp(208_000, Duration.ofHours(1))).as("1,000 open").isTrue();
    }

    @Test
    void theTighterLpWhereItLeavesTheAnnealingItsTimeAndTheBoundWaitsForItsMultipliersUnlessItIsQuick() {
        assertThat(SampledLp.method(1000, 1.9)).isEqualTo(LpBound.Method.PDLP_QUICK);
        assertThat(SampledLp.boundWait(1000, 1.9)).as("the bound at once: the LP may come only at the end").isZero();
        assertThat(SampledLp.method(1000, 2.9)).isEqualTo(LpBound.Method.PDLP_ROUGH);
        assertThat(SampledLp.boundWait(1000, 2.9)).as("its limit, then a grace").isCloseTo(2.9 * SampledLp.SHORT_SHARE + 0.3,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SampledLp.method(1000, 4.9)).isEqualTo(LpBound.Method.PDLP_BESIDE);
        assertThat(SampledLp.boundWait(1000, 4.9)).isCloseTo(4.9 - SampledLp.ANNEALING_SECONDS + 0.3,
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SampledLp.boundWait(1000, 60)).as("not the LP's whole limit in a long one").isCloseTo(
                SampledLp.MAX_BOUND_WAIT + 0.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(SampledLp.method(450, 1.9)).as("smaller: both times in proportion").isEqualTo(LpBound.Method.PDLP_BESIDE);
        assertThat(SampledLp.method(2000, 3.4)).as("larger: the full times").isEqualTo(LpBound.Method.PDLP_ROUGH);
    }

    @Test
    void onEveryPairItIsTheWholeRelaxationButReportsNoBound() {
        LpBound.Result whole = LpBound.of(OPEN, 30, LpBound.Method.GLOP);
        LpBound.Result onPairs = LpBound.onPairs(OPEN, allPairs(), 30, LpBound.Method.GLOP);

        assertThat(onPairs.lpValue()).isCloseTo(whole.lpValue(), org.assertj.core.data.Offset.offset(1e-6 * whole.lpValue()));
        assertThat(onPairs.bound()).isEqualTo(Long.MAX_VALUE);
        assertThat(onPairs.reduced()).isNull();
    }

    @Test
    void byPdlpThroughAModelRequestItIsTheSameRelaxation() {
        LpBound.Result whole = LpBound.of(OPEN, 30, LpBound.Method.GLOP);
        LpBound.Result byPdlp = LpBound.onPairsByPdlp(OPEN, allPairs(), 30, LpBound.Method.PDLP_BESIDE.params);

        assertThat(byPdlp.lpValue()).isCloseTo(whole.lpValue(), org.assertj.core.data.Offset.offset(1e-3 * whole.lpValue()));
    }

    /**
     * The solve's rounding needs a solution even when PDLP runs out of time: its last iterate (an iteration limit
     * stands for the clock here, to be the same on every machine).
     */
    @Test
    void cutShortPdlpStillGivesItsLastIterateToRoundAndItsMultipliers() {
        LpBound.Result converged = LpBound.onPairsByPdlp(OPEN, allPairs(), 30, LpBound.Method.PDLP_BESIDE.params);
        LpBound.Result cut = LpBound.onPairsByPdlp(OPEN, allPairs(), 30, "num_threads: 1 termination_criteria { iteration_limit: 64 }");

        assertThat(cut).isNotNull();
        assertThat(cut.lpValue()).as("an iterate, not the optimum").isNotCloseTo(converged.lpValue(),
                org.assertj.core.data.Offset.offset(1e-3 * converged.lpValue()));
        assertThat(java.util.Arrays.stream(cut.y()).boxed().toList()).allSatisfy(y -> assertThat(y).isBetween(0.0, 1.0));
        ScoreState rounded = new LocalSearch(OPEN, 1).constructFrom(cut.y(), cut.x());
        assertThat(rounded.feasible()).isTrue();
        assertThat(LagrangianBound.from(OPEN, cut.duals(), () -> rounded.total(), 1, () -> false, b -> { }))
                .isGreaterThanOrEqualTo(rounded.total());
    }

    private static boolean[][] allPairs() {
        boolean[][] all = new boolean[OPEN.participantCount()][];
        for (int p = 0; p < all.length; p++) {
            all[p] = new boolean[OPEN.allowed(p).length];
            java.util.Arrays.fill(all[p], true);
        }
        return all;
    }

    @Test
    void itsSolutionUsesTheSampleOnlyAndItsMultipliersStartTheLagrangianBoundNearTheLp() {
        ScoreState plan = new LocalSearch(OPEN, 1).construct();
        boolean[][] kept = SampledLp.pairs(OPEN, plan, 5);
        LpBound.Result r = LpBound.onPairs(OPEN, kept, 30, LpBound.Method.PDLP_BESIDE);
        for (int p = 0; p < OPEN.participantCount(); p++) {
            double sum = 0;
            for (int i = 0; i < kept[p].length; i++) {
                if (!kept[p][i]) {
                    assertThat(r.x()[p][i]).as("participant %d, index %d left out", p, i).isZero();
                }
                sum += r.x()[p][i];
            }
            assertThat(sum).as("participant %d", p).isLessThanOrEqualTo(1 + 1e-3);
        }
        long lp = LpBound.of(OPEN, 30).bound();

        long warm = LagrangianBound.from(OPEN, r.duals(), () -> lp - 1, 300, () -> false, b -> { });
        long cold = LagrangianBound.of(OPEN, lp - 1, 300, () -> false);

        assertThat(warm).isGreaterThanOrEqualTo(plan.total()).isLessThan(cold).isLessThanOrEqualTo((long) (lp * 1.01));
    }

    @Test
    void cpSatOnItsSupportPlacesPeopleOnTheSupportOrTheGivenPlansOnlyAndKeepsEveryRule() {
        ScoreState greedy = new LocalSearch(OPEN, 1).construct();
        LpBound.Result r = LpBound.onPairs(OPEN, SampledLp.pairs(OPEN, greedy, 5), 30, LpBound.Method.PDLP_BESIDE);
        ScoreState rounded = new LocalSearch(OPEN, 1).constructFrom(r.y(), r.x());
        List<ScoreState> found = new java.util.ArrayList<>();

        LpSupportSearch.runOnSupport(OPEN, r.x(), List.of(greedy, rounded), SolveOptions.defaults().withSeed(1), 5,
                found::add, () -> false);

        assertThat(found).as("the hint, the rounded plan, comes back at least").isNotEmpty();
        for (ScoreState s : found) {
            assertThat(s.feasible()).isTrue();
            for (int p = 0; p < OPEN.participantCount(); p++) {
                int t = s.teamOf(p);
                if (t >= 0) {
                    double lp = r.x()[p][java.util.Arrays.binarySearch(OPEN.allowed(p), t)];
                    assertThat(lp >= 1e-6 || t == greedy.teamOf(p) || t == rounded.teamOf(p))
                            .as("participant %d in %d: on the LP's support or in a given plan", p, t).isTrue();
                }
            }
        }
        assertThat(found.get(found.size() - 1).objective()).isGreaterThanOrEqualTo(rounded.objective());
    }
}
