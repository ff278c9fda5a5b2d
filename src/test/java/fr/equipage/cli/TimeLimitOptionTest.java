package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.TestData;
import fr.equipage.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A time limit outside ]0 s ; 24 h] stops solve, optimise and bench with exit 2 before any solving. */
class TimeLimitOptionTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"-5", "0", "NaN", "dix", "86401", "1e9", "Infinity"})
    void solveRefusesTheLimitAndWritesNoPlan(String limit) {
        Path plan = dir.resolve("plan.json");
        CliRunner.Result r = CliRunner.run("solve", TestData.specExample("example-24.json").toString(),
                "--out", plan.toString(), "--time-limit", limit);
        assertThat(r.exitCode()).isEqualTo(EquipageCommand.INVALID);
        assertThat(r.err()).contains("--time-limit").contains("'" + limit + "'");
        assertThat(plan).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "0", "NaN", "90000"})
    void optimiseRefusesTheLimitAndKeepsNoPlan(String limit) {
        Path data = dir.resolve("data");
        assertThat(CliRunner.run("--data-dir", data.toString(), "import-instance",
                TestData.specExample("example-24.json").toString()).exitCode()).isZero();
        CliRunner.Result r = CliRunner.run("--data-dir", data.toString(), "optimise", "--time-limit", limit);
        assertThat(r.exitCode()).isEqualTo(EquipageCommand.INVALID);
        assertThat(r.err()).contains("--time-limit");
        try (Store store = Store.open(data)) {
            long id = store.tx(c -> store.workshops.current(c)).orElseThrow().id();
            java.util.Optional<fr.equipage.model.Plan> current = store.tx(c -> store.plans.current(c, id));
            assertThat(current).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-5", "0", "NaN", "2,0", "5,-1"})
    void benchRefusesTheLimitBeforeSolvingAnything(String limit) {
        CliRunner.Result r = CliRunner.run("bench", "--sizes", "55", "--open-sizes", "", "--time-limit", limit);
        assertThat(r.exitCode()).isEqualTo(EquipageCommand.INVALID);
        assertThat(r.err()).contains("--time-limit");
        assertThat(r.out()).doesNotContain("CP-SAT");
    }

    /**
     * An output that cannot be written is refused before the computation, not after it: with a 24-hour limit on a
     * workshop no solver proves in hours, the process still ends at once.
     */
    @ParameterizedTest
    @ValueSource(strings = {"solve", "meetups"})
    void anOutputInAMissingFolderFailsBeforeSolving(String command) throws Exception {
        Path instance = dir.resolve("big.json");
        if (command.equals("solve")) {
            fr.equipage.format.InstanceJson.write(fr.equipage.engine.InstanceGenerator.generateOpen(1000, 1), instance);
        } else {
            // The 32-person, 10-round golfer: no schedule without repeats is known, the search runs to its limit.
            fr.equipage.format.MeetupsJson.write(fr.equipage.engine.meetup.MeetupGenerator.golfer(8, 4, 10), instance);
        }
        Path out = dir.resolve("absent").resolve("out.json");
        // CliProcess waits 180 s at most, then kills the process and fails: a 24-hour solve never outlives the test.
        CliProcess.Result r = CliProcess.run(dir, command, instance.toString(), "--out", out.toString(), "--time-limit", "86400");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains("Écriture impossible").contains(out.toString()).doesNotContain("Exception");
        assertThat(r.out()).doesNotContain("Exception");
        assertThat(dir.resolve("absent")).doesNotExist();
    }

    @Test
    void aRealProcessExitsTwoWithTheFrenchMessage() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path plan = dir.resolve("plan.json");
        Process p = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
                "-Dsun.stderr.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "fr.equipage.app.Launcher",
                "solve", TestData.specExample("example-24.json").toString(), "--out", plan.toString(), "--time-limit", "-5")
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("Valeur invalide pour l'option '--time-limit'").contains("supérieur à 0");
        assertThat(plan).doesNotExist();
    }
}
