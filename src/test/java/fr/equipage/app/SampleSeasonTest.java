package fr.equipage.app;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.engine.InviteLists.InviteList;
import fr.equipage.model.Participant;
import fr.equipage.model.SpeakerIdea;
import fr.equipage.service.Season;
import fr.equipage.service.Services;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample day comes with a season: speaker ideas by people of the day, and two sessions with invite lists. */
class SampleSeasonTest {
    @TempDir
    Path dir;

    @Test
    void theSampleDayHasSpeakerIdeasAndTwoPlannedSessions() {
        try (Services services = Services.open(dir)) {
            long id = SampleWorkshop.loadIfEmpty(services).orElseThrow().id();
            Season season = services.season(id).read();
            Set<String> people = season.people().stream().map(Participant::id).collect(Collectors.toSet());
            assertThat(season.ideas()).hasSize(5).allMatch(i -> i.suggestedBy() == null || people.contains(i.suggestedBy()));
            assertThat(season.ideas()).extracting(SpeakerIdea::theme).allMatch(t -> t.isEmpty() || season.themes().contains(t));
            assertThat(season.sessions()).hasSize(2);
            InviteList ia = season.sessions().get(0);
            assertThat(ia.session().theme()).isEqualTo("IA de confiance");
            assertThat(ia.asked()).isEqualTo(23);
            assertThat(ia.invited()).hasSize(15);
            assertThat(ia.explanation().french()).startsWith("23 personnes ont demandé « IA de confiance » ; les 15 places");
            assertThat(SampleWorkshop.loadIfEmpty(services)).as("loaded once").isEmpty();
            assertThat(services.season(id).read().ideas()).hasSize(5);
        }
    }
}
