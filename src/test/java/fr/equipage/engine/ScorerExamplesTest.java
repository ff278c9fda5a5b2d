package fr.equipage.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScorerExamplesTest {
    @ParameterizedTest
    @ValueSource(strings = {"example-24", "example-60"})
    void scoresTheProvenOptimalPlansExactlyAsTheSpecSays(String name) throws Exception {
        Plan expected = SpecExamples.plan(name);
        Evaluation e = Scorer.evaluate(SpecExamples.instance(name), expected);
        assertThat(e.violations()).isEmpty();
        assertThat(e.feasible()).isTrue();
        assertThat(e.score()).isEqualTo(expected.score());
    }
}
