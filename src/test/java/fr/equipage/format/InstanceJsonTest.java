package fr.equipage.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.equipage.TestData;
import fr.equipage.model.Instance;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.ProposalStatus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstanceJsonTest {

    @Test
    void smallInstanceSurvivesWriteAndRead(@TempDir Path dir) throws Exception {
        Instance original = TestData.smallInstance();
        Path file = dir.resolve("i.json");
        InstanceJson.write(original, file);
        assertThat(InstanceJson.read(file)).isEqualTo(original);
    }

    @Test
    void specExamplesSurviveReadWriteRead(@TempDir Path dir) throws Exception {
        for (String name : new String[] {"example-24.json", "example-60.json", "infeasible-30.json"}) {
            Instance first = InstanceJson.read(TestData.specExample(name));
            Path copy = dir.resolve(name);
            InstanceJson.write(first, copy);
            assertThat(InstanceJson.read(copy)).as(name).isEqualTo(first);
        }
    }

    @Test
    void theStabilityWeightIsOptionalWrittenOnlyOnceSetAndRoundTrips() throws Exception {
        Instance spec = InstanceJson.read(TestData.specExample("example-24.json"));
        assertThat(spec.settings().weights().stability()).isNull();
        // Not a spec field: an instance that never set it is written exactly as before.
        assertThat(InstanceJson.toString(spec)).doesNotContain("stability");
        var set = spec.settings().weights().withStability(7);
        var settings = new fr.equipage.model.Settings(spec.settings().maxTeams(), spec.settings().minDistinctMinistries(),
                spec.settings().maxPerMinistry(), spec.settings().proposersJoinOwnProject(),
                spec.settings().onlyChosenProjects(), set);
        assertThat(InstanceJson.settingsFromString(InstanceJson.settingsToString(settings)).weights().stability()).isEqualTo(7);
        assertThat(InstanceJson.settingsFromString(InstanceJson.settingsToString(settings.withMaxTeams(3)))
                .weights().withStability(0).rerunStability()).isZero();
    }

    @Test
    void knowHowIsOptionalWrittenOnlyWhenKnownAndRoundTrips(@TempDir Path dir) throws Exception {
        Instance spec = InstanceJson.read(TestData.specExample("example-24.json"));
        assertThat(InstanceJson.toString(spec)).as("older readers see the same file").doesNotContain("offers", "seeks");
        var people = new java.util.ArrayList<>(spec.participants());
        people.set(0, people.get(0).withOffers(java.util.List.of("sql")).withSeeks(java.util.List.of("nlp", "r")));
        Instance withKnowHow = new Instance(spec.settings(), spec.ministries(), spec.proposals(), people, spec.locks(),
                spec.apart(), spec.together());
        Path file = dir.resolve("k.json");
        InstanceJson.write(withKnowHow, file);
        assertThat(InstanceJson.read(file)).isEqualTo(withKnowHow);
    }

    @Test
    void specExampleIsReadWithItsSettingsAndDefaults() throws Exception {
        Instance i = InstanceJson.read(TestData.specExample("example-24.json"));
        assertThat(i.settings().maxTeams()).isEqualTo(4);
        assertThat(i.settings().minDistinctMinistries()).isEqualTo(3);
        assertThat(i.settings().weights().choice()).containsExactly(10, 7, 5, 3, 1);
        assertThat(i.participants()).hasSize(24);
        assertThat(i.ministries()).anySatisfy(m -> {
            assertThat(m.code()).isEqualTo("INSEE");
            assertThat(m.parent()).isEqualTo("MEFSIN");
        });
    }

    @Test
    void aSingleNameIsSplitAtTheFirstSpaceAndWrittenBackTheSame() throws Exception {
        String json = """
                {"format":"equipage-instance/1","ministries":[{"code":"MI","name":"Intérieur"}],
                 "participants":[{"id":"u1","name":"Jean-Pierre de La Fontaine","ministry":"MI","extra":42}]}""";
        Instance i = InstanceJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
        Participant p = i.participants().get(0);
        assertThat(p.firstName()).isEqualTo("Jean-Pierre");
        assertThat(p.lastName()).isEqualTo("de La Fontaine");
        assertThat(InstanceJson.toJson(i).get("participants").get(0).get("name").asText())
                .isEqualTo("Jean-Pierre de La Fontaine");
    }

    @Test
    void wrongTypesAreReportedWithTheElementAndField() {
        String json = """
                {"format":"equipage-instance/1","settings":{"maxTeams":"huit"},
                 "proposals":[{"id":"P1","title":"T","ministry":"MI","minSize":2.5,"maxSize":4}],
                 "participants":[{"id":"u1","name":"A B","ministry":"MI","choices":"P1"}]}""";
        assertThatThrownBy(() -> InstanceJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems()).extracting(Object::toString)
                        .anyMatch(s -> s.startsWith("settings.maxTeams"))
                        .anyMatch(s -> s.startsWith("P1.minSize"))
                        .anyMatch(s -> s.startsWith("u1.choices")));
    }

    @Test
    void followUpIsReadFromOldAndNewFilesAndUnknownStatusesAreTolerated() throws Exception {
        String json = """
                {"format":"equipage-instance/1","ministries":[{"code":"MI","name":"Intérieur"}],
                 "proposals":[
                   {"id":"P1","title":"Ancien","ministry":"MI","minSize":2,"maxSize":4,"status":"rejected"},
                   {"id":"P2","title":"Futur","ministry":"MI","minSize":2,"maxSize":4,"status":"en-pause","color":"red"},
                   {"id":"P3","title":"Cadré","ministry":"MI","minSize":2,"maxSize":4,"status":"scoped",
                    "statusDate":"2023-03-14","statusNote":"sponsor trouvé"},
                   {"id":"P4","title":"Sans statut","ministry":"MI","minSize":2,"maxSize":4}],
                 "participants":[]}
                """;
        Instance i = InstanceJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
        assertThat(i.proposals()).extracting(p -> p.status()).containsExactly(ProposalStatus.ABANDONED,
                ProposalStatus.PROPOSED, ProposalStatus.SCOPED, ProposalStatus.PROPOSED);
        assertThat(i.proposals().get(2).statusDate()).isEqualTo(java.time.LocalDate.of(2023, 3, 14));
        assertThat(i.proposals().get(2).statusNote()).isEqualTo("sponsor trouvé");
        String written = InstanceJson.toString(i);
        assertThat(written).contains("\"status\" : \"scoped\"", "\"statusDate\" : \"2023-03-14\"");
        assertThat(InstanceJson.toJson(i).get("proposals").get(3).has("statusDate"))
                .as("a proposal without follow-up is written as before").isFalse();

        String badDate = json.replace("2023-03-14", "14/03/2023");
        assertThatThrownBy(() -> InstanceJson.read(new ByteArrayInputStream(badDate.getBytes(StandardCharsets.UTF_8)), "t.json"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("P3").hasMessageContaining("statusDate");
    }

    @Test
    void brokenJsonSaysWhere() {
        assertThatThrownBy(() -> InstanceJson.read(new ByteArrayInputStream("{\"format\": ".getBytes(StandardCharsets.UTF_8)), "t.json"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ligne");
    }

    @Test
    void optimalPlanOfTheSpecSurvivesReadWriteRead(@TempDir Path dir) throws Exception {
        Plan plan = PlanJson.read(TestData.specExample("example-24.optimal-plan.json"));
        assertThat(plan.score().total()).isEqualTo(225);
        assertThat(plan.bound()).isEqualTo(225L);
        assertThat(plan.optimal()).isTrue();
        Path copy = dir.resolve("p.json");
        PlanJson.write(plan, copy);
        assertThat(PlanJson.read(copy)).isEqualTo(plan);
        assertThat(Files.readString(copy)).contains("\"format\" : \"equipage-plan/1\"");
    }
}
