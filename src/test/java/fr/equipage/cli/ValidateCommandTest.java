package fr.equipage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValidateCommandTest {
    @TempDir
    Path dir;

    /** A valid instance; each test breaks one thing in it. */
    private static final String VALID = """
            {"format":"equipage-instance/1",
             "settings":{"maxTeams":2},
             "ministries":[{"code":"MEFSIN","name":"Économie"},{"code":"INSEE","name":"Insee","parent":"MEFSIN"},
                           {"code":"MI","name":"Intérieur"}],
             "proposals":[{"id":"P01","title":"Fraude","ministry":"MI","skills":["nlp"],"minSize":2,"maxSize":4,"proposers":["u01"]},
                          {"id":"P02","title":"Cartes","ministry":"INSEE","skills":[],"minSize":2,"maxSize":4,"proposers":[]}],
             "participants":[{"id":"u01","name":"Camille Martin","ministry":"MI","choices":["P01"]},
                             {"id":"u02","name":"Léa Petit","ministry":"INSEE","choices":["P02","P01"]}],
             "locks":[{"participant":"u02","proposal":"P02"}],
             "apart":[["u01","u02"]],
             "together":[]}""";

    private Path write(String json) throws Exception {
        Path file = dir.resolve("instance.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void aValidInstanceExitsZero() throws Exception {
        CliRunner.Result r = CliRunner.run("validate", write(VALID).toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("instance valide");
    }

    @Test
    void theSpecExamplesAreValid() {
        for (String name : new String[] {"example-24.json", "example-60.json", "infeasible-30.json"}) {
            assertThat(CliRunner.run("validate", TestData.specExample(name).toString()).exitCode()).as(name).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "duplicate participant id | \"id\":\"u02\",\"name\":\"Léa | \"id\":\"u01\",\"name\":\"Léa | u01.id",
            "duplicate proposal id | \"id\":\"P02\" | \"id\":\"P01\" | P01.id",
            "duplicate ministry code | {\"code\":\"MI\",\"name\":\"Intérieur\"} | {\"code\":\"INSEE\",\"name\":\"x\"} | INSEE.code",
            "unknown ministry of a participant | \"ministry\":\"INSEE\",\"choices\" | \"ministry\":\"MXX\",\"choices\" | u02.ministry",
            "unknown ministry of a proposal | \"ministry\":\"INSEE\",\"skills\" | \"ministry\":\"MYY\",\"skills\" | P02.ministry",
            "unknown parent ministry | \"parent\":\"MEFSIN\" | \"parent\":\"BERCY\" | INSEE.parent",
            "unknown proposal in choices | \"choices\":[\"P02\",\"P01\"] | \"choices\":[\"P02\",\"P09\"] | u02.choices",
            "min size above max size | \"minSize\":2,\"maxSize\":4,\"proposers\":[]} | \"minSize\":5,\"maxSize\":4,\"proposers\":[]} | P02.minSize",
            "negative number | \"maxTeams\":2 | \"maxTeams\":-1 | settings.maxTeams",
            "negative size | \"minSize\":2,\"maxSize\":4,\"proposers\":[\"u01\"] | \"minSize\":-2,\"maxSize\":4,\"proposers\":[\"u01\"] | P01.minSize",
            "lock of an unknown participant | {\"participant\":\"u02\" | {\"participant\":\"u77\" | locks[u77].participant",
            "lock to an unknown proposal | \"proposal\":\"P02\"} | \"proposal\":\"P66\"} | locks[u02].proposal",
            "unknown proposer | \"proposers\":[\"u01\"] | \"proposers\":[\"u55\"] | P01.proposers",
            "unknown participant in apart | [[\"u01\",\"u02\"]] | [[\"u01\",\"u44\"]] | apart[u01,u44]",
            "wrong format | equipage-instance/1 | equipage-instance/9 | format",
    })
    void eachKindOfErrorIsRejectedNamingTheElement(String what, String from, String to, String element) throws Exception {
        assertThat(VALID).contains(from);
        CliRunner.Result r = CliRunner.run("validate", write(VALID.replace(from, to)).toString());
        assertThat(r.exitCode()).as(what).isEqualTo(2);
        assertThat(r.err()).as(what).contains(element);
    }

    @Test
    void aParentCycleIsRejected() throws Exception {
        String cyclic = VALID.replace("{\"code\":\"MEFSIN\",\"name\":\"Économie\"}",
                "{\"code\":\"MEFSIN\",\"name\":\"Économie\",\"parent\":\"INSEE\"}");
        CliRunner.Result r = CliRunner.run("validate", write(cyclic).toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("cycle").containsAnyOf("MEFSIN.parent", "INSEE.parent");
    }

    @Test
    void aParticipantLockedTwiceIsRejected() throws Exception {
        String twice = VALID.replace("\"locks\":[{\"participant\":\"u02\",\"proposal\":\"P02\"}]",
                "\"locks\":[{\"participant\":\"u02\",\"proposal\":\"P02\"},{\"participant\":\"u02\",\"proposal\":\"P01\"}]");
        CliRunner.Result r = CliRunner.run("validate", write(twice).toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("u02.locks");
    }

    @Test
    void unreadableFilesExitTwoWithAMessage() throws Exception {
        assertThat(CliRunner.run("validate", dir.resolve("missing.json").toString()).exitCode()).isEqualTo(2);
        CliRunner.Result r = CliRunner.run("validate", write("{ not json").toString());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("JSON illisible");
    }
}
