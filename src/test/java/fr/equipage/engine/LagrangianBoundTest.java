package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Instance;
import org.junit.jupiter.api.Test;

/**
 * The Lagrangian bound is a useful one, not a trivial sum: on generated workshops (open, and
 * chosen-only with together pairs that mostly cannot share a team) a bounded number of steps brings it
 * within a few percent of the LP's bound, and never below a plan the local search finds (its validity
 * on every setting is checked against enumeration in {@link BoundPropertiesTest}).
 */
class LagrangianBoundTest {
    private static final int STEPS = 1500;

    @Test
    void comesWithinThreePercentOfTheLpOnAnOpenWorkshop() {
        assertNear(InstanceGenerator.generateOpen(150, 1), 0.03);
    }

    @Test
    void comesWithinOnePercentOfTheLpOnAChosenOnlyWorkshop() {
        assertNear(InstanceGenerator.generate(300, 1), 0.01);
    }

    private static void assertNear(Instance instance, double share) {
        assertThat(CpSat.available()).as("OR-Tools native library").isTrue();
        CompiledInstance c = CompiledInstance.of(instance);
        LocalSearch ls = new LocalSearch(c, 1);
        ScoreState plan = ls.construct();
        ls.improve(plan, 200_000, () -> false, x -> { });
        assertThat(plan.feasible()).isTrue();
        long lp = LpBound.of(c, 30).bound();

        long bound = LagrangianBound.of(c, plan.total(), STEPS, () -> false);

        assertThat(bound).isGreaterThanOrEqualTo(plan.total()).isLessThanOrEqualTo((long) (lp * (1 + share)));
        assertThat(bound).as("far below the quick bound").isLessThan(RelaxationBound.of(c) - (RelaxationBound.of(c) - lp) / 2);
    }
}
