package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.io.SpreadsheetFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The meet-up commands on stored data, run as the organiser runs them (separate JVM, real exit codes):
 * registrations with know-how imported, the season planned and stored, then exported in every format
 * and as an instance that {@code meetups} reads back; bad options exit 2 naming the option and change nothing.
 */
class MeetupPlanCommandsTest {
    @TempDir
    Path dir;

    private CliProcess.Result run(String... args) throws Exception {
        return CliProcess.inDataDir(dir, args);
    }

    private void importNinePeople() throws Exception {
        StringBuilder csv = new StringBuilder("Nom;Prénom;Courriel;Ministère;Centres d'intérêt;Je peux partager;"
                + "Ce que je veux apprendre\n");
        String[] ministries = {"Ministère de la Culture", "Ministère de la Justice", "Ministère des Armées"};
        for (int i = 1; i <= 9; i++) {
            csv.append("Nom").append(i).append(";Prénom").append(i).append(";p").append(i).append("@exemple.gouv.fr;")
                    .append(ministries[i % 3]).append(';').append(i % 2 == 0 ? "nlp, dataviz" : "dataviz").append(';')
                    .append(i == 1 ? "SQL" : "").append(';').append(i == 2 ? "SQL" : "").append('\n');
        }
        Path form = dir.resolve("inscriptions.csv");
        Files.writeString(form, csv, StandardCharsets.UTF_8);
        CliProcess.Result r = run("import", form.toString());
        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    }

    @Test
    void planExportAndReadBack() throws Exception {
        importNinePeople();
        CliProcess.Result bad = run("meetups-plan", "--group-size", "1");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--group-size", "au moins 2");
        CliProcess.Result none = run("export-meetups", "--out", dir.resolve("vide.csv").toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("aucun tour", "meetups-plan");
        assertThat(dir.resolve("vide.csv")).doesNotExist();

        CliProcess.Result plan = run("meetups-plan", "--rounds", "4", "--group-size", "3", "--time-limit", "5");
        assertThat(plan.exitCode()).as(plan.out() + plan.err()).isZero();
        assertThat(plan.out()).contains("4 tour(s) planifié(s) (tours 1 à 4), groupes de 3", "0 répétition(s)");

        CliProcess.Result one = run("meetups-plan", "--round", "3", "--time-limit", "2");
        assertThat(one.exitCode()).as(one.out() + one.err()).isZero();
        assertThat(one.out()).contains("1 tour(s) planifié(s) (tour 3)", "0 répétition(s)");
        CliProcess.Result noSuchRound = run("meetups-plan", "--round", "7", "--time-limit", "2");
        assertThat(noSuchRound.exitCode()).isEqualTo(2);
        assertThat(noSuchRound.err()).contains("7", "4 tours");

        Path csv = dir.resolve("rencontres.csv");
        CliProcess.Result lists = run("export-meetups", "--out", csv.toString());
        assertThat(lists.exitCode()).as(lists.err()).isZero();
        assertThat(lists.out()).contains("4 tour(s), 12 table(s), 36 place(s)");
        List<String> lines = List.of(Files.readString(csv, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Tour;Groupe;Nom;Prénom;Courriel;Ministère;Sujets communs");
        assertThat(lines).hasSize(37);

        Path xlsx = dir.resolve("rencontres.xlsx");
        assertThat(run("export-meetups", "--out", xlsx.toString()).exitCode()).isZero();
        assertThat(SpreadsheetFile.open(xlsx).sheetNames()).containsExactly("Tour 1", "Tour 2", "Tour 3", "Tour 4");
        Path html = dir.resolve("tables.html");
        assertThat(run("export-meetups", "--out", html.toString(), "--round", "2").exitCode()).isZero();
        assertThat(Files.readString(html)).contains("Tour 2", "Table 3").doesNotContain("Tour 1");
        Path mailing = dir.resolve("publipostage.csv");
        assertThat(run("export-meetups", "--out", mailing.toString(), "--format", "mailing").exitCode()).isZero();
        assertThat(Files.readString(mailing, StandardCharsets.UTF_8)).startsWith("\uFEFFPrénom;Nom;Courriel;Tour;Date;Groupe;Avec;Sujets communs");

        CliProcess.Result noRound = run("export-meetups", "--out", dir.resolve("x.csv").toString(), "--round", "9");
        assertThat(noRound.exitCode()).isEqualTo(2);
        assertThat(noRound.err()).contains("--round", "9");
        CliProcess.Result badFormat = run("export-meetups", "--out", dir.resolve("x.csv").toString(), "--format", "ods");
        assertThat(badFormat.exitCode()).isEqualTo(2);
        assertThat(badFormat.err()).contains("--format", "ods");
        assertThat(dir.resolve("x.csv")).doesNotExist();

        Path instance = dir.resolve("rencontres.json");
        CliProcess.Result exported = run("export-meetups-instance", "--out", instance.toString());
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("9 participant(s), 4 tour(s) à planifier");
        assertThat(Files.readString(instance)).contains("\"equipage-meetups/1\"", "\"offers\" : [ \"SQL\" ]");
        CliProcess.Result again = run("meetups", instance.toString(), "--out", dir.resolve("tours.json").toString(),
                "--time-limit", "3");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 répétition(s)");
    }

    @Test
    void aRoundIsNotedHeldWithItsDayAndAbsentsAndReplanningKeepsIt() throws Exception {
        importNinePeople();
        assertThat(run("meetups-plan", "--rounds", "2", "--group-size", "3", "--time-limit", "2").exitCode()).isZero();
        CliProcess.Result shown = run("meetups-round", "--round", "1");
        assertThat(shown.exitCode()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("Tour 1 : pas encore tenu, sans date ; 3 groupe(s) ; personne d'absent.");

        CliProcess.Result stranger = run("meetups-round", "--round", "1", "--held", "--absent", "Personne Inconnue");
        assertThat(stranger.exitCode()).isEqualTo(2);
        assertThat(stranger.err()).contains("« Personne Inconnue »", "courriel");
        CliProcess.Result badDay = run("meetups-round", "--round", "1", "--held", "--date", "31/02/2026");
        assertThat(badDay.exitCode()).isEqualTo(2);
        assertThat(badDay.err()).contains("--date", "31/02/2026", "JJ/MM/AAAA");
        CliProcess.Result both = run("meetups-round", "--round", "1", "--held", "--not-held");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("--held et --not-held");
        CliProcess.Result noRound = run("meetups-round", "--round", "5", "--held");
        assertThat(noRound.exitCode()).isEqualTo(2);
        assertThat(noRound.err()).contains("tour 5", "tours planifiés : 1, 2");
        assertThat(run("meetups-round", "--round", "1").out()).as("a refused command changes nothing")
                .contains("pas encore tenu, sans date ; 3 groupe(s) ; personne d'absent.");

        CliProcess.Result held = run("meetups-round", "--round", "1", "--held", "--date", "14/03/2026", "--absent",
                "p2@exemple.gouv.fr,NOM3 Prénom3");
        assertThat(held.exitCode()).as(held.err()).isZero();
        assertThat(held.out()).contains("Tour 1 : tenu, le 14/03/2026 ; 3 groupe(s) ; absent(s) : Prénom2 Nom2, Prénom3 Nom3.");
        Path before = dir.resolve("tour1-avant.csv");
        assertThat(run("export-meetups", "--round", "1", "--out", before.toString()).exitCode()).isZero();
        CliProcess.Result replanned = run("meetups-plan", "--time-limit", "2");
        assertThat(replanned.exitCode()).as(replanned.err()).isZero();
        assertThat(replanned.out()).contains("1 tour(s) planifié(s) (tour 2)", "1 tour(s) déjà tenu(s) conservé(s)");
        Path after = dir.resolve("tour1-apres.csv");
        assertThat(run("export-meetups", "--round", "1", "--out", after.toString()).exitCode()).isZero();
        assertThat(Files.readString(after)).as("a held round is history").isEqualTo(Files.readString(before));
    }
}
