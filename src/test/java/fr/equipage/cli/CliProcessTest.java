package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Plan;
import fr.equipage.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exit codes and printed messages of the real command line (separate JVM, System.exit): the
 * defects of issue 11 that only show there.
 */
class CliProcessTest {
    @TempDir
    Path dir;

    private Path data() {
        return dir.resolve("data");
    }

    @Test
    void aRefusedImportPrintsEveryFaultyRowBeforeExiting() throws Exception {
        Path f = dir.resolve("e.csv");
        Files.writeString(f, "Nom;Courriel\nMartin;c@x.fr\n;sans-nom@x.fr\n", StandardCharsets.UTF_8);
        CliProcess.Result r = CliProcess.run(dir, "--data-dir", data().toString(), "import", f.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).as("the report, printed without a line end, must be flushed before exit")
                .contains("e.csv, ligne 3", "aucun nom");
        assertThat(r.err()).contains("Import refusé");
    }

    @Test
    void aDataFolderWithASemicolonIsRefusedAndNothingIsWrittenAnywhere() throws Exception {
        CliProcess.Result r = CliProcess.run(dir, "--data-dir", "X;IFEXISTS=TRUE", "export-instance", "--out", "x.json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("X;IFEXISTS=TRUE", "point-virgule").doesNotContain("Exception", "URL");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("X") || n.startsWith("equipage") || n.equals("x.json"));
        }
    }

    @Test
    void anEmptyDataFolderIsRefusedInsteadOfUsingTheCurrentFolder() throws Exception {
        CliProcess.Result r = CliProcess.run(dir, "--data-dir", "", "export-instance", "--out", "y.json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--data-dir", "vide");
        assertThat(dir.resolve("equipage.mv.db")).doesNotExist();
        CliProcess.Result gui = CliProcess.run(dir, "--data-dir", "");
        assertThat(gui.exitCode()).as("without a subcommand (the window) too").isEqualTo(2);
        assertThat(gui.err()).contains("--data-dir", "vide");
    }

    @Test
    void badInputExitsTwoWithAFrenchMessageNamingTheOptionOrPath() throws Exception {
        importSample();
        CliProcess.Result workshop = CliProcess.run(dir, "--data-dir", data().toString(), "export-instance",
                "--workshop", "Inconnu", "--out", "z.json");
        assertThat(workshop.exitCode()).isEqualTo(2);
        assertThat(workshop.err()).contains("« Inconnu »");

        CliProcess.Result seed = CliProcess.run(dir, "--data-dir", data().toString(), "optimise", "--seed", "abc");
        assertThat(seed.exitCode()).isEqualTo(2);
        assertThat(seed.err()).contains("Valeur invalide pour l'option '--seed' : 'abc' n'est pas un nombre entier")
                .doesNotContain("Invalid");

        CliProcess.Result unknown = CliProcess.run(dir, "--data-dir", data().toString(), "export-teams", "--out", "t.csv",
                "--sortie", "a");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("'--sortie'", "inconnue").doesNotContain("Unknown", "Missing");

        Path missingFolder = dir.resolve("absent").resolve("p.csv");
        CliProcess.Result export = CliProcess.run(dir, "--data-dir", data().toString(), "export-participants", "--out",
                missingFolder.toString());
        assertThat(export.exitCode()).isEqualTo(2);
        assertThat(export.err()).contains("« " + missingFolder + " »", "n'existe pas").doesNotContain(".tmp", "No such");
    }

    @Test
    void exportingOntoAFolderIsRefusedAndTheFolderKept() throws Exception {
        importSample();
        Path folder = Files.createDirectory(dir.resolve("equipes"));
        CliProcess.Result r = CliProcess.run(dir, "--data-dir", data().toString(), "export-participants", "--out",
                folder.toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("« " + folder + " » est un dossier");
        assertThat(folder).isDirectory();
    }

    @Test
    void aBadTimeLimitComputesNothingAndKeepsTheStoredPlan() throws Exception {
        importSample();
        assertThat(CliRunner.run("--data-dir", data().toString(), "optimise", "--time-limit", "2").exitCode()).isZero();
        Optional<Plan> before = currentPlan();
        assertThat(before).isPresent();
        for (String bad : new String[] {"-5", "1e12"}) {
            CliProcess.Result r = CliProcess.run(dir, "--data-dir", data().toString(), "optimise", "--time-limit", bad);
            assertThat(r.exitCode()).as(bad).isEqualTo(2);
            assertThat(r.err()).contains("'--time-limit'", "'" + bad + "'", "86400").doesNotContain("overflow");
            assertThat(currentPlan()).as("stored plan after " + bad).isEqualTo(before);
        }
    }

    @Test
    void anEmptiedDatabaseIsRestoredFromTheNewestBackupAndTheCliSaysSo() throws Exception {
        importSample();
        // A second start takes a backup holding the workshop.
        assertThat(CliRunner.run("--data-dir", data().toString(), "export-instance", "--out",
                dir.resolve("a.json").toString()).exitCode()).isZero();
        Files.write(data().resolve("equipage.mv.db"), new byte[0]); // as after a full disk
        CliProcess.Result r = CliProcess.run(dir, "--data-dir", data().toString(), "export-instance", "--out",
                dir.resolve("b.json").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("sauvegarde", "sauvegardes" + java.io.File.separator + "equipage-", "vide ou endommagée");
        assertThat(r.out()).contains("55 participants");
    }

    @Test
    void theProjectListIsPublishedAsARealRunAndAFolderTargetIsRefused() throws Exception {
        importSample();
        assertThat(CliRunner.run("--data-dir", data().toString(), "optimise", "--time-limit", "5").exitCode()).isZero();
        Path page = dir.resolve("projets.html");
        CliProcess.Result r = CliProcess.run(dir, "--data-dir", data().toString(), "publish-projects", "--out",
                page.toString(), "--workshop", "Lancement");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("projet(s) publié(s) dans");
        assertThat(r.err()).as("no contact set yet: the organiser is told how to set one").contains("workshop-contact");
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).contains("<h2>", "</html>");

        CliProcess.Result folder = CliProcess.run(dir, "--data-dir", data().toString(), "publish-projects", "--out",
                dir.toString());
        assertThat(folder.exitCode()).isEqualTo(2);
        assertThat(folder.err()).contains("est un dossier");
    }

    private void importSample() {
        Path sample = Path.of("sample-data", "journee-lancement-2023.json").toAbsolutePath();
        assertThat(CliRunner.run("--data-dir", data().toString(), "import-instance", sample.toString(), "--workshop",
                "Lancement").exitCode()).isZero();
    }

    private Optional<Plan> currentPlan() {
        try (Store store = Store.open(data())) {
            long id = store.tx(c -> store.workshops.findByName(c, "Lancement")).orElseThrow().id();
            return store.tx(c -> store.plans.current(c, id));
        }
    }
}
