package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.format.PlanJson;
import fr.equipage.model.Plan;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EngineCommandsTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = EquipageCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static Path example(String name) {
        return fr.equipage.TestData.specExample(name);
    }

    @Test
    void solveWritesAnOptimalPlanAndExitsZero() throws Exception {
        Path plan = dir.resolve("plan.json");
        assertThat(run("solve", example("example-24.json").toString(), "--out", plan.toString(), "--time-limit", "20"))
                .isEqualTo(EquipageCommand.OK);
        Plan p = PlanJson.read(plan);
        assertThat(p.feasible()).isTrue();
        assertThat(p.score().total()).isEqualTo(225);
        assertThat(p.optimal()).isTrue();
    }

    @Test
    void solveExitsThreeWithTheReasonsWhenNoPlanExists() {
        Path plan = dir.resolve("plan.json");
        assertThat(run("solve", example("infeasible-30.json").toString(), "--out", plan.toString(), "--time-limit", "20"))
                .isEqualTo(EquipageCommand.NO_FEASIBLE_PLAN);
        assertThat(err.toString()).contains("Aucun plan").contains("[H");
        assertThat(plan).exists();
    }

    @Test
    void solveExitsTwoOnAnInvalidInstance() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"equipage-instance/1\",\"proposals\":[{\"id\":\"P1\",\"minSize\":5,\"maxSize\":2}]}");
        assertThat(run("solve", bad.toString(), "--out", dir.resolve("p.json").toString()))
                .isEqualTo(EquipageCommand.INVALID);
    }

    @Test
    void scorePrintsTheScorePartsViolationsAndRankProfile() {
        assertThat(run("score", example("example-60.json").toString(), example("example-60.optimal-plan.json").toString()))
                .isEqualTo(EquipageCommand.OK);
        assertThat(out.toString()).contains("\"total\" : 268").contains("\"violations\" : [ ]").contains("rankProfile");
    }

    @Test
    void scoreExitsTwoWhenThePlanDoesNotFitTheInstance() {
        assertThat(run("score", example("example-24.json").toString(), example("example-60.optimal-plan.json").toString()))
                .isEqualTo(EquipageCommand.INVALID);
    }
}
