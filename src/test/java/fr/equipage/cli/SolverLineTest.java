package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.TestData;
import fr.equipage.engine.CpSat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A solve always says which solver ran: no silent fall-back to the heuristic. */
class SolverLineTest {
    @TempDir
    Path dir;

    @Test
    void solveSaysTheExactSolverRan() {
        CliRunner.Result r = CliRunner.run("solve", TestData.specExample("example-24.json").toString(),
                "--out", dir.resolve("plan.json").toString(), "--time-limit", "20");
        assertThat(r.exitCode()).isEqualTo(EquipageCommand.OK);
        assertThat(r.out()).contains("Calcul : solveur exact (CP-SAT).", "(optimal prouvé)");
    }

    /**
     * An installed copy whose library folder lost OR-Tools (what -Dequipage.nativeDir points the
     * installed launcher at): the plan is still made, and the output says it is the heuristic's and why.
     */
    @Test
    void anInstalledCopyWithoutItsLibrarySaysTheHeuristicRanAndWhy() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("native"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
                "-D" + CpSat.NATIVE_DIR_PROPERTY + "=" + empty, "-cp", System.getProperty("java.class.path"),
                "fr.equipage.app.Launcher", "solve", TestData.specExample("example-24.json").toAbsolutePath().toString(),
                "--out", dir.resolve("plan.json").toString(), "--time-limit", "2")
                .redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out).contains("Calcul : heuristique seule : bibliothèque OR-Tools introuvable (fichier absent : "
                + empty.resolve("ortools-" + com.sun.jna.Platform.RESOURCE_PREFIX)).doesNotContain("optimal prouvé");
    }
}
