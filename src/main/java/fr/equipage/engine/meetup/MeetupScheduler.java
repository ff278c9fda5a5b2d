package fr.equipage.engine.meetup;

import fr.equipage.engine.Progress;
import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupPerson;
import fr.equipage.model.MeetupSettings;
import fr.equipage.model.Schedule;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Plans meet-ups (meetup-model.md): a whole season, or the next round given the history and who
 * is present. Deterministic for a seed (see {@link MeetupOptions}).
 *
 * <p>How: a one-round problem small enough is solved exactly ({@link ExactRound}). Otherwise the
 * season starts from the best of a resolvable design, when the sizes allow and nobody is absent
 * ({@link Designs}), and a few randomised greedy constructions ({@link GreedyStart}); a whole-season
 * conflict-directed tabu search over swaps ({@link TabuSearch}) then removes repeats first — by the
 * default weights a repeat costs more than any affinity gains. When affinities count, the start is
 * instead built round by round ({@link RoundByRoundSwapSearch}), each round annealed given the rounds
 * before, on most of the budget; then the tabu search removes what repeats are left and rounds are
 * rebuilt one at a time given all the others ({@link RoundRebuild}). Measured: annealing the whole
 * season at once, or a tabu search over it, ends 2–3 % below the plain round-by-round search with
 * the same work — moving a pair together in one round first needs them apart in another — while
 * annealing round by round ends 1–7 % above it.
 * Small rounds are finally re-solved exactly one at a time, the others fixed.
 *
 * <pre>{@code
 * MeetupResult r = MeetupScheduler.season(instance, MeetupOptions.defaults()
 *         .withTimeLimit(Duration.ofSeconds(20)).withCancel(token)
 *         .withProgress(p -> Platform.runLater(() -> bar.update(p))));
 * }</pre>
 */
public final class MeetupScheduler {
    /** Share of the work limit that greedy restarts may take before the search. */
    private static final double START_SHARE = 0.1;
    private static final int MAX_STARTS = 8;
    /** Share of the work limit the tabu search may take to remove repeats before annealing starts. */
    private static final double TABU_SHARE = 0.5;
    /**
     * Starting temperature of the annealing of each round in the start (about one shared interest
     * and a half): measured best of 0, 1, 2, 3, 4 and 6 on generated seasons of 55, 150 and 300.
     */
    private static final double ROUND_TEMPERATURE = 2;
    /** Share of the work limit for the round-by-round start when affinities count. */
    private static final double ROUND_BY_ROUND_SHARE = 0.7;

    private final MeetupProblem p;
    private final MeetupOptions o;
    private final long start = System.nanoTime();
    private long lastProgress;
    private final Long bound;

    private MeetupScheduler(MeetupProblem p, MeetupOptions o) {
        this.p = p;
        this.o = o;
        // With no positive affinity and repeats costing, no schedule scores above 0: reaching 0 is optimal.
        bound = p.maxAffinity <= 0 && p.w.repeat() <= 0 ? 0L : null;
    }

    /**
     * Plans every round of the season. Throws {@link IllegalArgumentException} listing the problems
     * when the instance breaks meetup-model.md §1 (check with MeetupValidation first to show them).
     */
    public static MeetupResult season(MeetupInstance instance, MeetupOptions options) {
        return new MeetupScheduler(MeetupProblem.of(instance), options).run();
    }

    /**
     * Plans one round — numbered 1 in the result — for the people {@code present}, given the
     * instance's history (rounds already held included) and {@code apart} pairs; the instance's own
     * round count and absences are ignored.
     */
    public static MeetupResult nextRound(MeetupInstance instance, Collection<String> present, MeetupOptions options) {
        return season(oneRound(instance, present), options);
    }

    /** The instance of a single round attended by {@code present}: the others are absent from it. */
    public static MeetupInstance oneRound(MeetupInstance instance, Collection<String> present) {
        Set<String> here = new HashSet<>(present);
        List<MeetupPerson> people = instance.participants().stream()
                .map(x -> new MeetupPerson(x.id(), x.name(), x.ministry(), x.interests(), x.offers(), x.seeks(),
                        here.contains(x.id()) ? List.of() : List.of(1)))
                .toList();
        MeetupSettings s = instance.settings();
        return instance.withSettings(new MeetupSettings(1, s.groupSize(), s.weights())).withParticipants(people);
    }

    private MeetupResult run() {
        Budget budget = new Budget(o.maxWork(), start + o.timeLimit().toNanos(), o.cancel());
        SplittableRandom rnd = new SplittableRandom(o.seed());
        if (p.rounds == 1 && ExactRound.applies(p, 0)) {
            MeetupState s = new MeetupState(p);
            ExactRound.solve(s, 0);
            return result(s, true, "exact");
        }
        MeetupState s;
        if (bound != null) {
            // Nothing to gain but the removal of repeats: the tabu search has the whole budget.
            s = bestStart(budget, rnd);
            report(s, "start");
            new TabuSearch(s, rnd, budget, bound, x -> report(x, "tabu")).run();
        } else {
            s = RoundByRoundSwapSearch.build(p, budget.share(ROUND_BY_ROUND_SHARE), rnd, ROUND_TEMPERATURE);
            MeetupState design = designStart(rnd);
            if (design != null && design.objective() > s.objective()) {
                s = design;
            }
            report(s, "start");
            new TabuSearch(s, rnd, budget.share(TABU_SHARE), Long.MAX_VALUE, x -> report(x, "tabu")).untilConflictFree().run();
            MeetupState current = s;
            RoundRebuild.run(s, budget, rnd, () -> report(current, "tours"));
        }
        polishSmallRounds(s, budget);
        return result(s, reached(s), "tabu");
    }

    private MeetupState bestStart(Budget budget, SplittableRandom rnd) {
        MeetupState best = designStart(rnd);
        Budget starts = budget.share(START_SHARE);
        long perStart = (long) p.n * p.n * Math.max(1, p.rounds);
        for (int k = 0; k < MAX_STARTS && (best == null || !starts.exhausted()); k++) {
            MeetupState s = new MeetupState(p);
            for (int r = 0; r < p.rounds; r++) {
                GreedyStart.placeRound(s, r, rnd);
            }
            starts.spend(perStart);
            if (best == null || s.objective() > best.objective()) {
                best = s;
            }
        }
        return best;
    }

    /** A resolvable design with people placed on its points at random, when the season fits one. */
    private MeetupState designStart(SplittableRandom rnd) {
        int size = p.instance.settings().groupSize();
        if (!p.plain() || p.n % size != 0 || p.n / size < 2) {
            return null;
        }
        int[][][] design = Designs.resolvable(p.n, size, p.rounds);
        if (design == null) {
            return null;
        }
        int[] person = new int[p.n];
        for (int i = 0; i < p.n; i++) {
            person[i] = i;
        }
        GreedyStart.shuffle(person, rnd);
        MeetupState s = new MeetupState(p);
        for (int r = 0; r < p.rounds; r++) {
            int[][] groups = new int[design[r].length][];
            for (int g = 0; g < groups.length; g++) {
                groups[g] = java.util.Arrays.stream(design[r][g]).map(pt -> person[pt]).toArray();
            }
            s.place(r, groups);
        }
        return s;
    }

    /** Each small round re-solved exactly given the others, while that improves and time is left. */
    private void polishSmallRounds(MeetupState s, Budget budget) {
        boolean improved = true;
        for (int pass = 0; pass < 3 && improved && !budget.exhausted(); pass++) {
            improved = false;
            for (int r = 0; r < p.rounds && !budget.exhausted(); r++) {
                if (!ExactRound.applies(p, r) || ExactRound.splits(p.present[r].length, p.sizes[r]) > 20_000) {
                    continue;
                }
                long before = s.objective();
                int[][][] snapshot = s.snapshot();
                ExactRound.solve(s, r);
                budget.spend(ExactRound.splits(p.present[r].length, p.sizes[r]) * 16);
                if (s.objective() < before) {
                    s.restore(snapshot);
                } else if (s.objective() > before) {
                    improved = true;
                }
            }
        }
    }

    private boolean reached(MeetupState s) {
        return bound != null && s.objective() >= bound;
    }

    private void report(MeetupState s, String phase) {
        long now = System.nanoTime();
        if (now - lastProgress < 50_000_000L && !"start".equals(phase)) {
            return;
        }
        lastProgress = now;
        o.progress().accept(new Progress(s.score().total(), bound, Duration.ofNanos(now - start), phase));
    }

    private MeetupResult result(MeetupState s, boolean optimal, String method) {
        Schedule schedule = s.toSchedule();
        List<MeetupViolation> violations = MeetupRules.check(p.instance, schedule);
        o.progress().accept(new Progress(schedule.score().total(), bound, Duration.ofNanos(System.nanoTime() - start), "done"));
        return new MeetupResult(schedule, violations, optimal && violations.isEmpty(), Duration.ofNanos(System.nanoTime() - start),
                method, o.cancel().isCancelled());
    }
}
