package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Instance;
import fr.equipage.model.Lock;
import fr.equipage.model.Plan;
import fr.equipage.model.ScoreParts;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The solver against exhaustive enumeration on random tiny instances. */
class SolverPropertiesTest {
    private static SolveOptions options(long seed) {
        return SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(10)).withSeed(seed);
    }

    @Property(tries = 40)
    void reachesTheEnumeratedOptimumOrProvesThatNoPlanExists(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Instance in = TinyInstances.random(seed);
        CompiledInstance c = CompiledInstance.of(in);
        Long optimum = BruteForce.optimum(c);
        SolveResult r = Solver.solve(in, options(seed));
        Plan plan = r.plan();
        if (optimum == null) {
            assertThat(plan.feasible()).isFalse();
            Infeasibility why = r.infeasibility().orElseThrow();
            assertThat(why.proven()).isTrue();
            assertThat(why.clashes()).isNotEmpty();
            assertThat(plan.violations()).isNotEmpty();
        } else {
            assertThat(plan.feasible()).isTrue();
            assertThat(plan.violations()).isEmpty();
            assertThat(plan.score().total()).isEqualTo(optimum);
            assertThat(plan.bound()).isEqualTo(optimum);
            assertThat(plan.optimal()).isTrue();
        }
    }

    @Property(tries = 30)
    void reportedClashesReallyClashOnTheirOwn(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Instance in = TinyInstances.random(seed);
        CompiledInstance c = CompiledInstance.of(in);
        InfeasibilityExplainer explainer = new InfeasibilityExplainer(c, seed);
        List<RuleGroup> core = explainer.minimalCore(10, new CancelToken());
        Long optimum = BruteForce.optimum(c);
        assertThat(core == null).isEqualTo(optimum != null);
        if (core != null) {
            // Keeping only these rules (and H7) still admits no plan…
            assertThat(explainer.clashes(core, 10)).isTrue();
            // …and each of them is needed.
            for (RuleGroup g : core) {
                List<RuleGroup> without = core.stream().filter(x -> !x.equals(g)).toList();
                assertThat(explainer.clashes(without, 10)).as("without %s", g).isFalse();
            }
        }
    }

    @Property(tries = 30)
    void plansAreConsistent(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Instance in = TinyInstances.random(seed);
        SolveResult r = Solver.solve(in, options(seed));
        Plan plan = r.plan();
        ScoreParts s = plan.score();
        assertThat(s.choice() + s.unassigned() + s.skillCovered() + s.extraMinistry() + s.together())
                .isEqualTo(s.total());
        if (plan.bound() != null) {
            assertThat(plan.bound()).isGreaterThanOrEqualTo(s.total());
        }
        if (plan.feasible()) {
            for (Lock l : in.locks()) {
                assertThat(plan.teamOf(l.participant())).isNotNull();
                assertThat(plan.teamOf(l.participant()).proposal()).isEqualTo(l.proposal());
            }
        }
        long placed = plan.teams().stream().mapToLong(t -> t.members().size()).sum();
        assertThat(placed + plan.unassigned().size()).isEqualTo(in.participants().size());
    }

    @Property(tries = 15)
    void theSameSeedGivesTheSamePlan(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Instance in = InstanceGenerator.generate(40 + (int) (seed % 40), seed);
        Plan a = Solver.solve(in, options(seed)).plan();
        Plan b = Solver.solve(in, options(seed)).plan();
        assertThat(b.teams()).isEqualTo(a.teams());
        assertThat(b.unassigned()).isEqualTo(a.unassigned());
    }

    @Property(tries = 20)
    void theHeuristicAloneGivesAFeasiblePlanUnderItsBound(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        // Without locks the empty plan is feasible, so the heuristic must always return a feasible plan.
        Instance in = InstanceGenerator.generate(30 + (int) (seed % 100), seed).withLocks(List.of());
        Plan plan = Solver.solve(in, options(seed).withoutCpSat()).plan();
        assertThat(plan.feasible()).isTrue();
        assertThat(plan.bound()).isGreaterThanOrEqualTo(plan.score().total());
    }

    @Property(tries = 20)
    void theHeuristicAloneNeverClaimsAProofItDoesNotHave(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        Instance in = TinyInstances.random(seed);
        SolveResult r = Solver.solve(in, options(seed).withoutCpSat());
        if (!r.feasible()) {
            assertThat(r.infeasibility().orElseThrow().proven()).isFalse();
            assertThat(r.plan().violations()).isNotEmpty();
        } else {
            assertThat(r.plan().bound()).isGreaterThanOrEqualTo(r.plan().score().total());
        }
    }
}
