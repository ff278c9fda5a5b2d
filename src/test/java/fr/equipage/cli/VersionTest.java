package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code --version} says the version the build was made from, the one « À propos » shows too. */
class VersionTest {
    @Test
    void versionIsThePomsVersion() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String version = pom.replaceFirst("(?s).*?<artifactId>equipage</artifactId>\\s*<version>([^<]+)</version>.*", "$1");
        CliRunner.Result r = CliRunner.run("--version");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out().strip()).isEqualTo("Équipage " + version);
    }
}
