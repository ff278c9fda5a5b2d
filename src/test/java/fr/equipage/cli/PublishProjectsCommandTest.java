package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.format.InstanceJson;
import fr.equipage.model.Instance;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** publish-projects and workshop-contact on the sample day, through the command line. */
class PublishProjectsCommandTest {
    private static final Path SAMPLE = Path.of("sample-data", "journee-lancement-2023.json").toAbsolutePath();
    @TempDir
    Path dir;

    private CliRunner.Result run(String... args) {
        return CliRunner.inDataDir(dir.resolve("data"), args);
    }

    @Test
    void theSamplesTeamsArePublishedWithTheContactAndNoPersonalData() throws Exception {
        assertThat(run("import-instance", SAMPLE.toString(), "--workshop", "Lancement").exitCode()).isZero();
        Path page = dir.resolve("projets.html");

        CliRunner.Result early = run("publish-projects", "--out", page.toString());
        assertThat(early.exitCode()).isEqualTo(2);
        assertThat(early.err()).contains("aucun projet retenu", "optimise");
        assertThat(page).doesNotExist();

        assertThat(run("optimise", "--time-limit", "5").exitCode()).isZero();
        CliRunner.Result bad = run("workshop-contact", "Camille Martin");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("« Camille Martin » n'est pas une adresse de messagerie");
        assertThat(run("workshop-contact", "programme10@exemple.gouv.fr").exitCode()).isZero();
        assertThat(run("workshop-contact").out()).contains("programme10@exemple.gouv.fr");

        CliRunner.Result r = run("publish-projects", "--out", page.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).doesNotContain("Attention");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Instance sample = InstanceJson.read(SAMPLE);
        Set<String> teams;
        try (Store store = Store.open(dir.resolve("data"))) {
            long id = store.tx(c -> store.workshops.findByName(c, "Lancement")).orElseThrow().id();
            teams = store.tx(c -> store.plans.current(c, id)).orElseThrow().teams().stream()
                    .map(t -> t.proposal()).collect(Collectors.toSet());
        }
        assertThat(r.out()).contains(teams.size() + " projet(s) publié(s)");
        for (Proposal p : sample.proposals()) {
            String escapedTitle = p.title().replace("&", "&amp;").replace("'", "&#39;");
            if (teams.contains(p.id())) {
                assertThat(html).contains("<h2>" + escapedTitle + "</h2>");
            } else {
                assertThat(html).doesNotContain("<h2>" + escapedTitle + "</h2>");
            }
        }
        for (Participant p : sample.participants()) {
            if (p.email() != null) {
                assertThat(html).doesNotContain(p.email());
            }
            assertThat(html).doesNotContain(">" + p.name() + "<").doesNotContain(p.name() + ",");
        }
        assertThat(html).contains("mailto:programme10@exemple.gouv.fr");
        fr.equipage.io.ProjectPageTest.assertSelfContained(html);

        Path md = dir.resolve("projects.md");
        CliRunner.Result en = run("publish-projects", "--out", md.toString(), "--lang", "en", "--show-names");
        assertThat(en.exitCode()).as(en.err()).isZero();
        String markdown = Files.readString(md, StandardCharsets.UTF_8);
        assertThat(markdown).contains("# This season's projects", "**Team members**: ");
        for (Participant p : sample.participants()) {
            if (p.email() != null) {
                assertThat(markdown).doesNotContain(p.email());
            }
        }
    }

    @Test
    void badOptionsAreRefusedInFrenchAndWriteNothing() {
        assertThat(run("import-instance", SAMPLE.toString()).exitCode()).isZero();
        Path out = dir.resolve("p.pdf");
        CliRunner.Result format = run("publish-projects", "--out", out.toString(), "--format", "pdf");
        assertThat(format.exitCode()).isEqualTo(2);
        assertThat(format.err()).contains("--format", "html ou md");
        CliRunner.Result lang = run("publish-projects", "--out", out.toString(), "--lang", "de");
        assertThat(lang.exitCode()).isEqualTo(2);
        assertThat(lang.err()).contains("--lang", "fr ou en");
        assertThat(out).doesNotExist();
        CliRunner.Result both = run("workshop-contact", "a@b.fr", "--clear");
        assertThat(both.exitCode()).isEqualTo(2);
    }
}
