package fr.equipage.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.ui.framework.I18n;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What « À propos d'Équipage » shows comes from the build: version, licences; and it reads as a user expects. */
class AboutInfoTest {
    private static final Path DATA = Path.of("/home/organisatrice/.local/share/equipage");

    @Test
    void theVersionIsThePomsVersion() throws Exception {
        Matcher m = Pattern.compile("<artifactId>equipage</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        assertThat(AboutInfo.of(DATA).version()).isEqualTo(m.group(1)).doesNotContain("${");
    }

    @Test
    void theLicenceListIsGeneratedFromTheDependencies() {
        List<AboutInfo.Library> libs = AboutInfo.of(DATA).libraries();
        // Every runtime library of the pom (27 today); test-only libraries are not shipped, not listed.
        assertThat(libs).hasSizeGreaterThan(20);
        assertThat(libs).allSatisfy(l -> {
            assertThat(l.licences()).as(l.name()).isNotEmpty().doesNotContain("Unknown license");
            assertThat(l.coordinates()).as(l.name()).endsWith(":" + l.version());
        });
        assertThat(libs).extracting(AboutInfo.Library::coordinates)
                .anyMatch(c -> c.startsWith("com.google.ortools:ortools-java:"))
                .anyMatch(c -> c.startsWith("com.h2database:h2:"))
                .anyMatch(c -> c.startsWith("org.openjfx:javafx-controls:"))
                .noneMatch(c -> c.startsWith("org.junit") || c.startsWith("org.testfx") || c.startsWith("net.jqwik"));
        AboutInfo.Library h2 = libs.stream().filter(l -> l.coordinates().startsWith("com.h2database:h2:")).findFirst().orElseThrow();
        assertThat(h2.licences()).containsExactly("Eclipse Public License 1.0", "MPL 2.0");
        assertThat(libs.stream().filter(l -> l.coordinates().startsWith("org.openjfx:")))
                .allSatisfy(l -> assertThat(l.licences()).containsExactly("GPLv2 with Classpath Exception"));
    }

    @Test
    void readsLinesWithSeveralLicencesWithoutAddressOrWithoutName() {
        List<AboutInfo.Library> libs = AboutInfo.parseLicences("""

                Lists of 2 third-party dependencies.
                     (Apache License 2.0) (LGPL 2.1) Java Native Access (net.java.dev.jna:jna:5.14.0 - https://github.com/java-native-access/jna)
                     (MIT License) Outil (maison) (fr.exemple:outil:1.0-beta - no url defined)
                     (Apache License 2.0) com.google.ortools:ortools-java (com.google.ortools:ortools-java:9.15.6755 - https://github.com/google/or-tools)
                """);
        assertThat(libs).containsExactly(
                new AboutInfo.Library("Java Native Access", "net.java.dev.jna:jna:5.14.0", "5.14.0",
                        List.of("Apache License 2.0", "LGPL 2.1"), "https://github.com/java-native-access/jna"),
                new AboutInfo.Library("Outil (maison)", "fr.exemple:outil:1.0-beta", "1.0-beta", List.of("MIT License"), ""),
                new AboutInfo.Library("ortools-java", "com.google.ortools:ortools-java:9.15.6755", "9.15.6755",
                        List.of("Apache License 2.0"), "https://github.com/google/or-tools"));
    }

    @Test
    void theCopiedTextHasEveryFactInTheInterfacesLanguage() {
        AboutInfo info = new AboutInfo("1.2.0", DATA, "OpenJDK 17.0.15 (Debian)", List.of(
                new AboutInfo.Library("H2 Database Engine", "com.h2database:h2:2.5.252", "2.5.252",
                        List.of("Eclipse Public License 1.0", "MPL 2.0"), "https://h2database.com")));
        I18n fr = new I18n(I18n.FRENCH);
        String solver = AboutInfo.solver(fr, true, null);
        assertThat(info.text(fr, solver)).isEqualTo("""
                Équipage
                Version : 1.2.0
                Dossier des données : %s
                Calcul des équipes : solveur exact (CP-SAT) : les répartitions peuvent être prouvées optimales
                Environnement Java : OpenJDK 17.0.15 (Debian)

                Bibliothèques incluses et leurs licences
                - H2 Database Engine 2.5.252 — Eclipse Public License 1.0 ou MPL 2.0 — https://h2database.com
                """.formatted(DATA));
        I18n en = new I18n(Locale.UK);
        assertThat(info.text(en, AboutInfo.solver(en, true, null)))
                .contains("Data folder: " + DATA, "Eclipse Public License 1.0 or MPL 2.0", "exact solver (CP-SAT)");
    }

    @Test
    void aMissingSolverLibrarySaysSoAndWhy() {
        String why = "fichier absent : /opt/equipage/lib/app/native/ortools-linux-x86-64/libjniortools.so";
        assertThat(AboutInfo.solver(new I18n(I18n.FRENCH), false, why))
                .startsWith("heuristique seule : bibliothèque OR-Tools introuvable (" + why + ")");
        assertThat(AboutInfo.solver(new I18n(Locale.UK), false, why))
                .startsWith("heuristic only: OR-Tools library not found (" + why + ")");
    }
}
