package fr.equipage.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.equipage.TestData;
import fr.equipage.model.MeetupInstance;
import fr.equipage.model.Schedule;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetupsJsonTest {
    @TempDir
    Path dir;

    private static final String PEOPLE = """
            "ministries": [ {"code": "MEFSIN"}, {"code": "INSEE", "parent": "MEFSIN"}, {"code": "MIOM"} ],
            "participants": [
              {"id": "u01", "name": "Camille Martin", "ministry": "INSEE", "interests": ["nlp"], "absent": [2]},
              {"id": "u02", "name": "Léa Dupont", "ministry": "MIOM"},
              {"id": "u03", "name": "Karim Benali", "ministry": "MEFSIN"} ]""";

    private static MeetupInstance read(String json) throws Exception {
        return MeetupsJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "rencontres.json");
    }

    @Test
    void missingSettingsTakeTheSpecDefaults() throws Exception {
        MeetupInstance in = read("{\"format\": \"equipage-meetups/1\", " + PEOPLE + "}");
        assertThat(in.settings().rounds()).isEqualTo(6);
        assertThat(in.settings().groupSize()).isEqualTo(4);
        assertThat(in.settings().weights().repeat()).isEqualTo(-100);
        assertThat(in.settings().weights().sameMinistry()).isEqualTo(-3);
        assertThat(in.settings().weights().sharedInterest()).isEqualTo(1);
        assertThat(in.settings().weights().knowHow()).isEqualTo(2);
        assertThat(in.participants().get(0).absent()).containsExactly(2);
    }

    @Test
    void theWorkedExampleSurvivesARoundTrip() throws Exception {
        MeetupInstance in = MeetupsJson.read(TestData.specExample("meetups-12.json"));
        Path copy = dir.resolve("copie.json");
        MeetupsJson.write(in, copy);
        assertThat(MeetupsJson.read(copy)).isEqualTo(in);
        Schedule s = RoundsJson.read(TestData.specExample("meetups-12.rounds.json"));
        Path rounds = dir.resolve("tours.json");
        RoundsJson.write(s, rounds);
        assertThat(RoundsJson.read(rounds)).isEqualTo(s);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "identifiant en double | [{\"id\":\"u01\",\"ministry\":\"MIOM\"},{\"id\":\"u01\",\"ministry\":\"MIOM\"}] | [] | [] | {} | u01.id",
        "ministère inconnu | [{\"id\":\"u01\",\"ministry\":\"MINUS\"}] | [] | [] | {} | MINUS",
        "inconnu dans history | [{\"id\":\"u01\",\"ministry\":\"MIOM\"}] | [[\"u01\",\"u99\"]] | [] | {} | history[0]",
        "inconnu dans apart | [{\"id\":\"u01\",\"ministry\":\"MIOM\"}] | [] | [[\"u98\",\"u01\"]] | {} | apart[0]",
        "tour d'absence hors saison | [{\"id\":\"u01\",\"ministry\":\"MIOM\",\"absent\":[7]}] | [] | [] | {\"rounds\":6} | u01.absent",
        "tour d'absence zéro | [{\"id\":\"u01\",\"ministry\":\"MIOM\",\"absent\":[0]}] | [] | [] | {} | u01.absent",
        "groupes de 1 | [{\"id\":\"u01\",\"ministry\":\"MIOM\"}] | [] | [] | {\"groupSize\":1} | settings.groupSize",
        "aucun tour | [{\"id\":\"u01\",\"ministry\":\"MIOM\"}] | [] | [] | {\"rounds\":0} | settings.rounds",
    })
    void invalidInputIsRefusedNamingTheElement(String what, String people, String history, String apart, String settings,
                                              String named) {
        String json = "{\"format\":\"equipage-meetups/1\",\"settings\":" + settings
                + ",\"ministries\":[{\"code\":\"MIOM\"}],\"participants\":" + people + ",\"history\":" + history
                + ",\"apart\":" + apart + "}";
        assertThatThrownBy(() -> read(json)).as(what).isInstanceOf(InvalidInputException.class).hasMessageContaining(named);
    }

    @Test
    void aParentCycleIsRefusedNamingAMinistryOfTheCycle() {
        String json = "{\"format\":\"equipage-meetups/1\",\"ministries\":[{\"code\":\"A\",\"parent\":\"B\"},"
                + "{\"code\":\"B\",\"parent\":\"A\"}],\"participants\":[{\"id\":\"u01\",\"ministry\":\"A\"}]}";
        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("cycle").hasMessageMatching("(?s).*\\b[AB]\\.parent.*");
    }

    @Test
    void wrongTypesAreEachNamedAndReportedTogether() {
        String json = "{\"format\":\"equipage-meetups/1\",\"settings\":{\"rounds\":\"six\"},\"ministries\":[{\"code\":\"MIOM\"}],"
                + "\"participants\":[{\"id\":\"u01\",\"ministry\":\"MIOM\",\"absent\":[\"deux\"]}]}";
        assertThatThrownBy(() -> read(json)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("settings.rounds").hasMessageContaining("u01.absent").hasMessageContaining("2 problème(s)");
    }

    @Test
    void anotherFormatOrBrokenJsonIsRefused() {
        assertThatThrownBy(() -> read("{\"format\":\"equipage-instance/1\"}")).hasMessageContaining("equipage-meetups/1");
        assertThatThrownBy(() -> read("{\"format\": ")).hasMessageContaining("JSON illisible");
    }

    @Test
    void theSampleSeasonIsValidAndUsesTheSampleDaysPeople() throws Exception {
        MeetupInstance in = MeetupsJson.read(Path.of("sample-data", "rencontres-exemple.json"));
        assertThat(in.participants()).hasSize(55);
        assertThat(in.participants()).allSatisfy(p -> assertThat(p.interests()).isNotEmpty());
        assertThat(in.participants()).filteredOn(p -> !p.offers().isEmpty() && !p.seeks().isEmpty()).hasSizeGreaterThan(40);
    }
}
