package fr.equipage.engine.meetup;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.TestData;
import fr.equipage.engine.CancelToken;
import fr.equipage.engine.Progress;
import fr.equipage.format.MeetupsJson;
import fr.equipage.format.RoundsJson;
import fr.equipage.model.MeetupInstance;
import fr.equipage.model.Pair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeetupSchedulerTest {
    private static final MeetupOptions QUICK = MeetupOptions.defaults().withTimeLimit(Duration.ofSeconds(20))
            .withMaxWork(20_000_000);

    @Test
    void theGolferExampleGetsItsRepeatFreeSeason() throws Exception {
        MeetupInstance in = MeetupsJson.read(TestData.specExample("golfer-3-3-4.json"));
        MeetupResult r = MeetupScheduler.season(in, QUICK);
        assertThat(r.valid()).isTrue();
        assertThat(r.score().repeats()).isZero();
        assertThat(r.score().total()).isZero();
        assertThat(r.optimal()).isTrue();
        assertThat(MeetupScorer.score(in, r.schedule())).isEqualTo(r.score());
    }

    @Test
    void kirkmansSchoolgirlsAndThirtyTwoGolfersInGroupsOfFourOverNineWeeksHaveNoRepeat() {
        for (MeetupInstance in : List.of(MeetupGenerator.golfer(5, 3, 7), MeetupGenerator.golfer(8, 4, 9))) {
            MeetupResult r = MeetupScheduler.season(in, QUICK);
            assertThat(r.valid()).isTrue();
            assertThat(r.score().repeats()).as(in.participants().size() + " golfeurs").isZero();
        }
    }

    @Test
    void theWorkedExampleIsPlannedAboveTheExampleSchedule() throws Exception {
        // 12 people, a round of groups of 6 and 5: 61 meetings for 63 pairs not met yet, so some repeats are unavoidable.
        MeetupInstance in = MeetupsJson.read(TestData.specExample("meetups-12.json"));
        MeetupResult r = MeetupScheduler.season(in, QUICK);
        assertThat(r.valid()).isTrue();
        assertThat(r.score().repeats()).isLessThan(11);
        long example = RoundsJson.read(TestData.specExample("meetups-12.rounds.json")).score().total();
        assertThat(r.score().total()).isGreaterThan(example);
        // u004 misses round 2 and is placed nowhere in it.
        assertThat(r.schedule().rounds().get(1).groups()).noneMatch(g -> g.contains("u004"));
        assertThat(r.schedule().rounds().get(1).groups()).hasSize(2);
    }

    @Test
    void aRealisticSeasonHasNoRepeatAndKeepsApartPairsApart() {
        MeetupInstance in = MeetupGenerator.realistic(120, 8, 4, 3);
        MeetupResult r = MeetupScheduler.season(in, QUICK);
        assertThat(r.violations()).isEmpty();
        assertThat(r.score().repeats()).isZero();
        assertThat(MeetupScorer.score(in, r.schedule())).isEqualTo(r.score());
    }

    @Test
    void cancelReturnsAValidScheduleAtOnce() {
        MeetupInstance in = MeetupGenerator.realistic(300, 10, 4, 1);
        CancelToken token = new CancelToken();
        List<Progress> seen = new ArrayList<>();
        token.cancel();
        long t0 = System.nanoTime();
        MeetupResult r = MeetupScheduler.season(in, MeetupOptions.defaults().withTimeLimit(Duration.ofSeconds(60))
                .withCancel(token).withProgress(seen::add));
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(20));
        assertThat(r.cancelled()).isTrue();
        assertThat(MeetupRules.check(in, r.schedule()).stream().filter(v -> v.rule().equals("M1"))).isEmpty();
        assertThat(seen).isNotEmpty();
        assertThat(seen.get(seen.size() - 1).phase()).isEqualTo("done");
    }

    @Test
    void theNextRoundAvoidsEveryoneWhoHasMetAndPlacesOnlyThePresent() throws Exception {
        MeetupInstance in = MeetupsJson.read(TestData.specExample("meetups-12.json"));
        MeetupResult season = MeetupScheduler.season(in, QUICK);
        // The season's rounds are held: they become history.
        List<Pair> history = new ArrayList<>(in.history());
        season.schedule().rounds().forEach(round -> round.groups().forEach(g -> {
            for (int i = 0; i < g.size(); i++) {
                for (int j = i + 1; j < g.size(); j++) {
                    history.add(new Pair(g.get(i), g.get(j)));
                }
            }
        }));
        Set<String> present = Set.of("u000", "u001", "u002", "u003", "u005", "u006", "u007", "u008");
        MeetupResult next = MeetupScheduler.nextRound(in.withHistory(history), present, QUICK);
        assertThat(next.schedule().rounds()).hasSize(1);
        assertThat(next.schedule().rounds().get(0).groups()).hasSize(2)
                .allSatisfy(g -> assertThat(present).containsAll(g));
        assertThat(next.optimal()).isTrue();
    }
}
