package fr.equipage.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.engine.meetup.MeetupOptions;
import fr.equipage.model.MeetupRound;
import fr.equipage.model.MeetupScore;
import fr.equipage.model.MeetupSeason;
import fr.equipage.model.Participant;
import fr.equipage.model.Workshop;
import fr.equipage.service.MeetupPlan;
import fr.equipage.service.MeetupService;
import fr.equipage.service.Services;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * At first start the sample day's 55 people carry interests and know-how, and its season has six rounds
 * with the planned absences, so that planning it on the « Rencontres » screen shows true affinities.
 */
class SampleMeetupsTest {
    @TempDir
    Path dir;

    @Test
    void theSampleSeasonIsReadyToPlanWithTrueAffinities() throws Exception {
        try (Services services = Services.open(dir)) {
            Workshop w = SampleWorkshop.loadIfEmpty(services).orElseThrow();
            List<Participant> people = services.read(w.id()).participants();
            assertThat(people).hasSize(55).allSatisfy(p -> {
                assertThat(p.interests()).as(p.name()).isNotEmpty();
                assertThat(p.offers()).as(p.name()).isNotEmpty();
                assertThat(p.seeks()).as(p.name()).isNotEmpty();
            });
            MeetupService meetups = services.meetups(w.id());
            MeetupSeason season = meetups.season();
            assertThat(season.settings().rounds()).isEqualTo(6);
            assertThat(season.rounds()).noneMatch(MeetupRound::planned);
            assertThat(season.rounds().stream().mapToInt(r -> r.absent().size()).sum()).as("about one person in eight")
                    .isBetween(3, 12);

            MeetupPlan plan = meetups.planSeason(MeetupOptions.defaults().withTimeLimit(Duration.ofSeconds(3)));
            assertThat(plan.problems()).isEmpty();
            meetups.savePlan(plan).redo();
            MeetupScore score = meetups.score(meetups.season());
            assertThat(score.repeats()).isZero();
            assertThat(score.sharedInterest()).isPositive();
            assertThat(score.knowHow()).isPositive();
            assertThat(meetups.violations(meetups.season())).isEmpty();
            assertThat(SampleWorkshop.loadIfEmpty(services)).as("only once").isEmpty();
        }
    }
}
