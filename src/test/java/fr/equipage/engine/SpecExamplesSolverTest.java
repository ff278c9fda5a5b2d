package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpecExamplesSolverTest {
    private static final SolveOptions OPTIONS = SolveOptions.defaults().withTimeLimit(Duration.ofSeconds(20));

    @ParameterizedTest
    @ValueSource(strings = {"example-24", "example-60"})
    void reachesTheProvenOptimum(String name) throws Exception {
        Plan expected = SpecExamples.plan(name);
        SolveResult r = Solver.solve(SpecExamples.instance(name), OPTIONS);
        assertThat(r.feasible()).isTrue();
        assertThat(r.plan().score().total()).isEqualTo(expected.score().total());
        assertThat(r.plan().bound()).isEqualTo(expected.score().total());
        assertThat(r.plan().optimal()).isTrue();
        // The reported score is the scorer's, recomputed from the teams.
        assertThat(Scorer.evaluate(SpecExamples.instance(name), r.plan()).score()).isEqualTo(r.plan().score());
    }

    @Test
    void infeasible30IsReportedWithAClashThatReallyClashes() throws Exception {
        Instance in = SpecExamples.instance("infeasible-30");
        SolveResult r = Solver.solve(in, OPTIONS);
        assertThat(r.feasible()).isFalse();
        Infeasibility why = r.infeasibility().orElseThrow();
        assertThat(why.proven()).isTrue();
        assertThat(why.clashes()).isNotEmpty();
        assertThat(why.message()).startsWith("Aucun plan");
        assertThat(r.plan().violations()).isNotEmpty();

        InfeasibilityExplainer explainer = new InfeasibilityExplainer(CompiledInstance.of(in), 1);
        List<RuleGroup> core = explainer.minimalCore(20, new CancelToken());
        assertThat(core).isNotNull();
        assertThat(explainer.clashes(core, 20)).isTrue();
        for (RuleGroup g : core) {
            assertThat(explainer.clashes(core.stream().filter(x -> !x.equals(g)).toList(), 20)).isFalse();
        }
        assertThat(why.clashes()).extracting(Infeasibility.Clash::rule)
                .containsExactlyInAnyOrderElementsOf(core.stream().map(RuleGroup::rule).toList());
    }

    @Test
    void aCancelledSolveStillReturnsAPlan() throws Exception {
        CancelToken token = new CancelToken();
        token.cancel();
        SolveResult r = Solver.solve(SpecExamples.instance("example-60"), OPTIONS.withCancel(token));
        assertThat(r.feasible()).isTrue();
        assertThat(r.stats().cancelled()).isTrue();
    }
}
