package fr.equipage.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A second Équipage process on the same data gets a clear message, not a stack trace. */
class SecondInstanceTest {

    @Test
    void aSecondProcessIsToldTheDataIsAlreadyOpen(@TempDir Path dir) throws Exception {
        try (Store first = Store.open(dir)) {
            first.run(c -> first.workshops.create(c, "Lancement", null, ""));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process second = new ProcessBuilder(java, "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8",
                    "-Dsun.stderr.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "fr.equipage.app.Launcher", "--data-dir", dir.toString(), "export-instance",
                    "--out", dir.resolve("out.json").toString())
                    .redirectErrorStream(true).start();
            second.getOutputStream().close();
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            String output = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.exitValue()).isNotZero();
            assertThat(output).contains("Équipage est déjà ouvert sur ces données");
            assertThat(output.lines().toList()).noneMatch(l -> l.contains("at org.h2"));
            assertThat(List.of(dir.toFile().list())).doesNotContain("out.json");
        }
    }
}
