package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Picocli's own errors and every time limit refused in French, with exit 2, before any work. */
class CliErrorsTest {
    @TempDir
    Path dir;

    @Test
    void timeLimitsOutsideZeroToADayAreRefused() {
        for (String bad : new String[] {"-5", "0", "NaN", "1e12", "Infinity", "dix"}) {
            CliRunner.Result r = CliRunner.run("--data-dir", dir.resolve("nulle-part").toString(), "optimise",
                    "--time-limit", bad);
            assertThat(r.exitCode()).as(bad).isEqualTo(2);
            assertThat(r.err()).as(bad).contains("Valeur invalide pour l'option '--time-limit' : '" + bad + "'");
        }
        assertThat(dir.resolve("nulle-part")).as("nothing opened before the options are checked").doesNotExist();
    }

    @Test
    void picocliMessagesAreFrench() {
        CliRunner.Result missing = CliRunner.run("export-teams");
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("Option obligatoire manquante : '--out'");
        CliRunner.Result noValue = CliRunner.run("solve", "i.json", "--out");
        assertThat(noValue.err()).contains("Valeur manquante pour l'option '--out'");
        CliRunner.Result extra = CliRunner.run("validate", "a.json", "b.json");
        assertThat(extra.err()).contains("Argument en trop : 'b.json'");
        CliRunner.Result number = CliRunner.run("bench-import", "--rows", "beaucoup");
        assertThat(number.err()).contains("Valeur invalide pour l'option '--rows' : 'beaucoup' n'est pas un nombre entier");
        for (CliRunner.Result r : new CliRunner.Result[] {noValue, extra, number}) {
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err()).doesNotContain("Invalid", "Missing", "Unmatched", "Unknown");
        }
    }

    @Test
    void benchImportRefusesABadRowCountOrFormatBeforeGeneratingAnything() {
        for (String rows : new String[] {"-5", "0", "1000001"}) {
            CliRunner.Result r = CliRunner.run("bench-import", "--rows", rows);
            assertThat(r.exitCode()).as(rows).isEqualTo(2);
            assertThat(r.err()).contains("--rows : " + rows, "de 1 à 1000000");
            assertThat(r.out()).as("nothing generated").doesNotContain("Fichier généré");
        }
        CliRunner.Result pdf = CliRunner.run("bench-import", "--format", "pdf");
        assertThat(pdf.exitCode()).isEqualTo(2);
        assertThat(pdf.err()).contains("--format : « pdf »", "csv, xlsx ou ods");
        assertThat(pdf.out()).doesNotContain("Fichier généré");
    }

    @Test
    void unknownWorkshopExitsTwo() {
        CliRunner.Result r = CliRunner.run("--data-dir", dir.toString(), "optimise", "--workshop", "Inconnu");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Aucun atelier nommé « Inconnu »");
    }

    @Test
    void operatingSystemErrorsAreSaidInFrenchNamingTheUsersPath() throws Exception {
        Path folder = java.nio.file.Files.createDirectory(dir.resolve("sorties"));
        Path absent = dir.resolve("absent.json");
        CliRunner.Result missing = CliRunner.run("validate", absent.toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("« " + absent + " » n'existe pas");
        CliRunner.Result readFolder = CliRunner.run("--data-dir", dir.resolve("data").toString(), "import", folder.toString());
        assertThat(readFolder.exitCode()).isEqualTo(2);
        assertThat(readFolder.err()).contains("« " + folder + " » est un dossier");
        Path sample = Path.of("sample-data", "journee-lancement-2023.json").toAbsolutePath();
        assertThat(CliRunner.run("--data-dir", dir.resolve("data").toString(), "import-instance", sample.toString())
                .exitCode()).isZero();
        CliRunner.Result writeFolder = CliRunner.run("--data-dir", dir.resolve("data").toString(), "export-instance",
                "--out", folder.toString());
        assertThat(writeFolder.exitCode()).isEqualTo(2);
        assertThat(writeFolder.err()).contains("« " + folder + " » est un dossier");
        for (CliRunner.Result r : new CliRunner.Result[] {missing, readFolder, writeFolder}) {
            assertThat(r.err()).doesNotContain("No such", "Is a directory", "Exception");
        }
        assertThat(folder).isDirectory();
    }
}
