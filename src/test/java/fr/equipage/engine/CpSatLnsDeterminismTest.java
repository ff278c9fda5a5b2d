package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * CP-SAT large-neighbourhood search on a dense (open) workshop, with its work counted in rounds and
 * each sub-solve stopped by CP-SAT's deterministic work limit rather than the clock: the same seed
 * gives the same plan, and that plan is a real improvement on the start that keeps every rule.
 */
class CpSatLnsDeterminismTest {
    private static final int ROUNDS = 6;

    @Test
    void theSameSeedGivesTheSamePlanWhenRoundsBoundTheWork() {
        assertThat(CpSat.available()).as("OR-Tools native library").isTrue();
        CompiledInstance c = CompiledInstance.of(InstanceGenerator.generateOpen(150, 7));
        ScoreState start = new LocalSearch(c, 7).construct();
        assertThat(start.feasible()).as("greedy start").isTrue();

        ScoreState first = improved(c, start, 42);
        ScoreState second = improved(c, start, 42);

        assertThat(first.objective()).as("LNS improves the greedy plan").isGreaterThan(start.objective());
        assertThat(second.assignment()).isEqualTo(first.assignment());
        assertThat(second.retainedTeams()).isEqualTo(first.retainedTeams());
        ScoreState rescored = ScoreState.of(c, first.assignment(), first.retainedTeams());
        assertThat(rescored.feasible()).as("every rule kept").isTrue();
        assertThat(rescored.total()).isEqualTo(first.total());
    }

    private static ScoreState improved(CompiledInstance c, ScoreState start, long seed) {
        ScoreState s = start.copy();
        new CpSatLns(c, seed).improve(s, ROUNDS, () -> false, x -> { });
        return s;
    }
}
