package fr.equipage.engine.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.TestData;
import fr.equipage.format.MeetupsJson;
import fr.equipage.format.RoundsJson;
import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupScore;
import fr.equipage.model.Schedule;
import org.junit.jupiter.api.Test;

/** The spec's worked example (meetup-model.md §5), part by part. */
class MeetupScorerExampleTest {
    @Test
    void scoresTheWorkedExamplePartByPart() throws Exception {
        MeetupInstance in = MeetupsJson.read(TestData.specExample("meetups-12.json"));
        Schedule schedule = RoundsJson.read(TestData.specExample("meetups-12.rounds.json"));
        MeetupScore s = MeetupScorer.score(in, schedule);
        assertThat(s.repeat()).isEqualTo(-1100);
        assertThat(s.repeats()).isEqualTo(11);
        assertThat(s.sameMinistry()).isEqualTo(-36);
        assertThat(s.sharedInterest()).isEqualTo(41);
        assertThat(s.knowHow()).isEqualTo(44);
        assertThat(s.total()).isEqualTo(-1051);
        // The file's own claim, read back, is the same.
        assertThat(schedule.score()).isEqualTo(s);
    }

    @Test
    void theWorkedExampleKeepsRulesM1AndM2() throws Exception {
        MeetupInstance in = MeetupsJson.read(TestData.specExample("meetups-12.json"));
        Schedule schedule = RoundsJson.read(TestData.specExample("meetups-12.rounds.json"));
        assertThat(MeetupRules.check(in, schedule)).isEmpty();
    }

    @Test
    void theSearchStateAgreesWithTheScorerOnTheWorkedExample() throws Exception {
        MeetupInstance in = MeetupsJson.read(TestData.specExample("meetups-12.json"));
        Schedule schedule = RoundsJson.read(TestData.specExample("meetups-12.rounds.json"));
        MeetupState state = MeetupState.of(MeetupProblem.of(in), schedule);
        assertThat(state.score()).isEqualTo(MeetupScorer.score(in, schedule));
    }
}
