package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.format.RoundsJson;
import fr.equipage.model.Schedule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeetupCommandsTest {
    @TempDir
    Path dir;

    private static String example(String name) {
        return fr.equipage.TestData.specExample(name).toString();
    }

    @Test
    void meetupsWritesARepeatFreeScheduleForTheGolferExample() throws Exception {
        Path out = dir.resolve("tours.json");
        CliRunner.Result r = CliRunner.run("meetups", example("golfer-3-3-4.json"), "--out", out.toString(), "--time-limit", "10");
        assertThat(r.exitCode()).isEqualTo(EquipageCommand.OK);
        assertThat(r.out()).contains("0 répétition(s)").contains("Score total : 0");
        Schedule s = RoundsJson.read(out);
        assertThat(s.rounds()).hasSize(4);
        assertThat(s.score().repeats()).isZero();
    }

    @Test
    void meetupsRefusesAnInvalidInstanceNamingTheElementAndWritesNothing() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"equipage-meetups/1\",\"ministries\":[{\"code\":\"MIOM\"}],"
                + "\"participants\":[{\"id\":\"u01\",\"ministry\":\"MIOM\"},{\"id\":\"u01\",\"ministry\":\"MIOM\"}]}");
        Path out = dir.resolve("tours.json");
        CliRunner.Result r = CliRunner.run("meetups", bad.toString(), "--out", out.toString());
        assertThat(r.exitCode()).isEqualTo(EquipageCommand.INVALID);
        assertThat(r.err()).contains("u01.id").contains("en double");
        assertThat(out).doesNotExist();
    }

    @Test
    void meetupsRefusesATimeLimitOutsideZeroToOneDay() {
        for (String limit : new String[] {"0", "-5", "86401", "NaN"}) {
            CliRunner.Result r = CliRunner.run("meetups", example("golfer-3-3-4.json"), "--out",
                    dir.resolve("t.json").toString(), "--time-limit", limit);
            assertThat(r.exitCode()).as(limit).isEqualTo(EquipageCommand.INVALID);
            assertThat(r.err()).as(limit).contains("--time-limit").contains("86400").doesNotContain("Exception");
        }
    }

    @Test
    void scoreMeetupsPrintsTheWorkedExamplesPartsInFrench() {
        CliRunner.Result r = CliRunner.run("score-meetups", example("meetups-12.json"), example("meetups-12.rounds.json"));
        assertThat(r.exitCode()).isEqualTo(EquipageCommand.OK);
        assertThat(r.out()).contains("Score total : -1051").contains("répétitions (11 rencontre(s)")
                .contains(": -1100").contains("même ministère : -36").contains("centres d'intérêt communs : 41")
                .contains("savoir-faire offert à qui le cherche : 44").contains("Règles M1 et M2 respectées");
    }

    @Test
    void scoreMeetupsExitsTwoNamingTheBrokenRule() throws Exception {
        // u004 is absent from round 2; u001 and u002 must stay apart.
        String text = Files.readString(Path.of(example("meetups-12.rounds.json")))
                .replaceFirst("\"u003\",\\s*\"u006\"", "\"u003\", \"u004\", \"u006\"")
                .replace("\"u008\",\n     \"u009\",\n     \"u001\",\n     \"u004\"", "\"u008\", \"u009\", \"u002\", \"u004\"");
        Path broken = dir.resolve("tours.json");
        Files.writeString(broken, text);
        CliRunner.Result r = CliRunner.run("score-meetups", example("meetups-12.json"), broken.toString());
        assertThat(r.exitCode()).isEqualTo(EquipageCommand.INVALID);
        assertThat(r.err()).contains("[M1]").contains("u004").contains("tour 2");
    }

    @Test
    void asARealProcessTheExitCodesAreThoseOfTheSpec() throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"format\":\"equipage-meetups/1\",\"settings\":{\"groupSize\":1},"
                + "\"participants\":[{\"id\":\"u01\",\"ministry\":\"NULLE\"}]}");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-Dsun.stderr.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "fr.equipage.app.Launcher",
                "meetups", bad.toString(), "--out", dir.resolve("t.json").toString())
                .redirectErrorStream(true).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(output).contains("settings.groupSize").contains("u01.ministry").contains("ministère inconnu « NULLE »");
    }

    @Test
    void benchMeetupsPrintsOneLinePerCaseWithTheYardstick() {
        CliRunner.Result r = CliRunner.run("bench-meetups", "--cases", "kirkman", "--time-scale", "0.05");
        assertThat(r.exitCode()).isEqualTo(EquipageCommand.OK);
        assertThat(r.out()).contains("score RbR").containsPattern("kirkman\\s+15\\s+3\\s+7\\s.*\\s0\\s+0\\s+ok \\|");
    }
}
