package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.TestData;
import fr.equipage.engine.Scorer;
import fr.equipage.format.InstanceJson;
import fr.equipage.model.Instance;
import fr.equipage.model.Plan;
import fr.equipage.store.Store;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimiseCommandTest {
    @TempDir
    Path dir;

    @Test
    void storesAnOptimalPlanAsTheWorkshopsCurrentPlan() throws Exception {
        Path data = dir.resolve("data");
        Path example = TestData.specExample("example-24.json");
        assertThat(CliRunner.run("--data-dir", data.toString(), "import-instance", example.toString(), "--workshop", "A")
                .exitCode()).isZero();
        CliRunner.Result r = CliRunner.run("--data-dir", data.toString(), "optimise", "--time-limit", "20");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("score 225");
        try (Store store = Store.open(data)) {
            long id = store.tx(c -> store.workshops.current(c)).orElseThrow().id();
            Plan plan = store.tx(c -> store.plans.current(c, id)).orElseThrow();
            Instance instance = InstanceJson.read(example);
            // Re-scored independently: the stored plan keeps every rule and has the proven optimum.
            var evaluation = Scorer.evaluate(instance, plan);
            assertThat(evaluation.violations()).isEmpty();
            assertThat(evaluation.score().total()).isEqualTo(225);
            assertThat(plan.optimal()).isTrue();
        }
    }

    @Test
    void aSecondRunStartsFromTheCurrentPlanAndMovesNobodyWhenItIsOptimal() {
        Path data = dir.resolve("data");
        CliRunner.run("--data-dir", data.toString(), "import-instance", TestData.specExample("example-60.json").toString());
        CliRunner.Result first = CliRunner.run("--data-dir", data.toString(), "optimise", "--time-limit", "20");
        assertThat(first.out()).doesNotContain("Reparti du plan courant");
        CliRunner.Result again = CliRunner.run("--data-dir", data.toString(), "optimise", "--time-limit", "20", "--seed", "7");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("score 268").contains("Reparti du plan courant : 0 personne(s) changent de place");
    }

    @Test
    void anInfeasibleWorkshopExitsThreeAndKeepsNoPlan() throws Exception {
        Path data = dir.resolve("data");
        CliRunner.run("--data-dir", data.toString(), "import-instance", TestData.specExample("infeasible-30.json").toString());
        CliRunner.Result r = CliRunner.run("--data-dir", data.toString(), "optimise", "--time-limit", "20");
        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err()).contains("plan courant").contains("[H");
        try (Store store = Store.open(data)) {
            long id = store.tx(c -> store.workshops.current(c)).orElseThrow().id();
            var current = store.tx(c -> store.plans.current(c, id));
            assertThat(current).isEmpty();
        }
    }

    @Test
    void withoutAnyWorkshopItSaysSo() {
        CliRunner.Result r = CliRunner.run("--data-dir", dir.resolve("empty").toString(), "optimise");
        assertThat(r.exitCode()).isNotZero();
        assertThat(r.err()).contains("Aucun atelier");
    }
}
