package fr.equipage.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.equipage.engine.meetup.MeetupOptions;
import fr.equipage.model.Instance;
import fr.equipage.model.MeetupRound;
import fr.equipage.model.MeetupSeason;
import fr.equipage.model.MeetupSettings;
import fr.equipage.model.MeetupWeights;
import fr.equipage.model.Ministry;
import fr.equipage.model.Pair;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.model.Settings;
import fr.equipage.model.Team;
import fr.equipage.model.Weights;
import fr.equipage.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The season's meet-ups on a stored workshop: planning keeps held rounds, re-planning a round avoids
 * every meeting of the season, each edit is saved at once and undo/redo put the rounds back exactly.
 */
class MeetupServiceTest {
    private static final Labels LABELS = (key, args) -> key + List.of(args);
    @TempDir
    Path dir;
    private Store store;
    private Services services;
    private long workshop;
    private MeetupService meetups;

    /** Nine people from three ministries (the golfer 3-3-4 sizes), u9 without a ministry. */
    static Instance nine() {
        List<Ministry> ministries = List.of(new Ministry("MI", "Intérieur", null), new Ministry("MC", "Culture", null),
                new Ministry("INSEE", "Insee", null));
        List<Participant> people = new ArrayList<>();
        String[] codes = {"MI", "MC", "INSEE"};
        for (int i = 1; i <= 9; i++) {
            people.add(new Participant("u" + i, "Prénom" + i, "Nom" + i, "u" + i + "@exemple.gouv.fr",
                    i == 9 ? null : codes[i % 3], List.of(), List.of(i % 2 == 0 ? "nlp" : "dataviz"), List.of(), List.of(),
                    List.of(i == 1 ? "sql" : "r"), List.of(i == 2 ? "sql" : "python")));
        }
        return new Instance(Settings.DEFAULT, ministries, List.of(), people, List.of(), List.of(), List.of());
    }

    @BeforeEach
    void setUp() throws Exception {
        store = Store.open(dir.resolve("data"));
        services = Services.over(store);
        workshop = services.workshops().saveInstance(nine(), "Saison").id();
        meetups = services.meetups(workshop, LABELS);
        services.meetups(workshop, LABELS).changeSettings(new MeetupSettings(4, 3, MeetupWeights.DEFAULT), false).redo();
    }

    @AfterEach
    void close() throws Exception {
        services.close();
    }

    private static MeetupOptions quick() {
        return MeetupOptions.defaults().withTimeLimit(Duration.ofSeconds(5)).withSeed(7);
    }

    private static Set<Pair> pairs(List<List<String>> groups) {
        Set<Pair> out = new HashSet<>();
        groups.forEach(g -> out.addAll(MeetupInstances.pairsOf(g)));
        return out;
    }

    @Test
    void aNewWorkshopHasDefaultSettingsAndEmptyRounds() throws Exception {
        long other = services.workshops().saveInstance(nine(), "Autre").id();
        MeetupSeason s = services.meetups(other).season();
        assertThat(s.settings()).isEqualTo(MeetupSettings.DEFAULT);
        assertThat(s.rounds()).hasSize(6).allMatch(r -> !r.planned() && !r.held() && r.absent().isEmpty());
        assertThat(s.teamsHaveMet()).isFalse();
    }

    @Test
    void planningTheSeasonStoresRoundsWithoutRepeatsAndUndoForgetsThem() throws Exception {
        MeetupPlan plan = meetups.planSeason(quick());
        assertThat(plan.invalid()).isFalse();
        assertThat(plan.rounds()).extracting(MeetupRound::number).containsExactly(1, 2, 3, 4);
        UndoableEdit save = meetups.savePlan(plan);
        save.redo();

        MeetupSeason s = meetups.season();
        assertThat(s.rounds()).allMatch(MeetupRound::planned);
        assertThat(meetups.score(s).repeats()).as("the affine plane of order 3 exists").isZero();
        assertThat(meetups.violations(s)).isEmpty();
        assertThat(save.label()).isEqualTo("edit.meetup.plan[4]");
        assertThat(services.workshops().counts(workshop).meetupRounds())
                .as("the confirmation before deleting the workshop counts them").isEqualTo(4);

        save.undo();
        assertThat(meetups.season().rounds()).noneMatch(MeetupRound::planned);
        save.redo();
        assertThat(meetups.season()).isEqualTo(s);
    }

    @Test
    void absentPeopleAreNeverPlacedAndARoundIsReplannedForWhoIsThere() throws Exception {
        meetups.setPresent(2, "u5", false).redo();
        meetups.setPresent(2, "u6", false).redo();
        meetups.setPresent(2, "u7", false).redo();
        MeetupPlan plan = meetups.planSeason(quick());
        assertThat(plan.rounds().get(1).members()).doesNotContain("u5", "u6", "u7").hasSize(6);
        assertThat(plan.rounds().get(0).members()).hasSize(9);
        meetups.savePlan(plan).redo();
        assertThat(meetups.violations(meetups.season())).isEmpty();

        MeetupPlan whileMarking = meetups.planSeason(quick());
        meetups.setPresent(4, "u1", false).redo();
        meetups.savePlan(whileMarking).redo();
        assertThat(meetups.season().round(4).orElseThrow().absent()).as("marked while planning: kept")
                .containsExactly("u1");
        meetups.setPresent(4, "u1", true).redo();

        meetups.setPresent(2, "u6", true).redo();
        assertThat(meetups.violations(meetups.season())).as("u6 is back but in no group: rule M1").isNotEmpty();
        MeetupPlan again = meetups.planRound(2, quick());
        assertThat(again.rounds().get(0).members()).contains("u6").doesNotContain("u5", "u7");
        meetups.savePlan(again).redo();
        assertThat(meetups.violations(meetups.season())).isEmpty();
    }

    @Test
    void planningAgainNeverChangesAHeldRoundAndCountsItAsHistory() throws Exception {
        meetups.savePlan(meetups.planSeason(quick())).redo();
        MeetupRound first = meetups.season().round(1).orElseThrow();
        meetups.setHeld(1, true).redo();
        assertThat(meetups.season().round(1).orElseThrow().date()).as("held today").isEqualTo(LocalDate.now());

        MeetupPlan again = meetups.planSeason(quick().withSeed(99));
        assertThat(again.rounds()).extracting(MeetupRound::number).containsExactly(2, 3, 4);
        assertThat(meetups.remainingRounds()).containsExactly(2, 3, 4);
        assertThat(meetups.remainingInstance().history()).containsAll(pairs(first.groups()));
        meetups.savePlan(again).redo();
        MeetupSeason s = meetups.season();
        assertThat(s.round(1).orElseThrow().groups()).isEqualTo(first.groups());
        assertThat(meetups.score(s).repeats()).isZero();
        assertThat(meetups.planRound(1, List.of("u1", "u2", "u3"), quick()).problems())
                .extracting(p -> p.message()).containsExactly("error.meetup.roundHeld[1]");
    }

    @Test
    void rePlanningARoundForThePeoplePresentAvoidsTheOtherRoundsMeetings() throws Exception {
        meetups.savePlan(meetups.planSeason(quick())).redo();
        List<String> present = List.of("u1", "u2", "u3", "u4", "u5", "u6");
        MeetupRound fewer = meetups.planRound(3, present, quick()).rounds().get(0);
        assertThat(fewer.members()).containsExactlyInAnyOrderElementsOf(present);
        assertThat(fewer.absent()).containsExactlyInAnyOrder("u7", "u8", "u9");
        assertThat(fewer.groups()).hasSize(2);

        // With everyone there, the only round that repeats no meeting of rounds 1, 2 and 4 is the last
        // parallel class of the affine plane: the re-planned round must find it.
        List<String> everyone = List.of("u1", "u2", "u3", "u4", "u5", "u6", "u7", "u8", "u9");
        MeetupPlan plan = meetups.planRound(3, everyone, quick().withSeed(3));
        MeetupRound r = plan.rounds().get(0);
        assertThat(r.absent()).isEmpty();
        Set<Pair> others = new HashSet<>();
        meetups.season().rounds().stream().filter(x -> x.number() != 3).forEach(x -> others.addAll(pairs(x.groups())));
        assertThat(pairs(r.groups())).doesNotContainAnyElementsOf(others);

        UndoableEdit save = meetups.savePlan(plan);
        save.redo();
        assertThat(meetups.season().round(3).orElseThrow()).isEqualTo(r);
        assertThat(meetups.violations(meetups.season())).isEmpty();
        assertThat(save.label()).isEqualTo("edit.meetup.planRound[3]");
    }

    @Test
    void swapMovePresenceAndDateAreSavedAtOnceAndUndone() throws Exception {
        meetups.savePlan(meetups.planSeason(quick())).redo();
        MeetupSeason before = meetups.season();
        MeetupRound r1 = before.round(1).orElseThrow();
        String a = r1.groups().get(0).get(0);
        String b = r1.groups().get(1).get(0);

        UndoableEdit swap = meetups.swap(1, a, b);
        swap.redo();
        MeetupRound swapped = meetups.season().round(1).orElseThrow();
        assertThat(swapped.groupOf(a)).isEqualTo(1);
        assertThat(swapped.groupOf(b)).isZero();

        UndoableEdit absent = meetups.setPresent(2, "u5", false);
        absent.redo();
        UndoableEdit date = meetups.setDate(2, LocalDate.of(2024, 3, 12));
        date.redo();
        UndoableEdit move = meetups.move(1, a, 2);
        move.redo();
        assertThat(meetups.season().round(1).orElseThrow().groups().get(2)).endsWith(a);
        assertThat(meetups.season().round(2).orElseThrow().absent()).containsExactly("u5");
        assertThat(meetups.instance().participants().stream().filter(p -> p.id().equals("u5")).findFirst()
                .orElseThrow().absent()).containsExactly(2);

        move.undo();
        date.undo();
        absent.undo();
        swap.undo();
        assertThat(meetups.season()).isEqualTo(before);
        swap.redo();
        assertThat(meetups.season().round(1).orElseThrow()).isEqualTo(swapped);
    }

    @Test
    void badEditsChangeNothing() throws Exception {
        assertThatThrownBy(() -> meetups.setHeld(1, true).redo()).hasMessage("error.meetup.notPlanned[1]");
        meetups.savePlan(meetups.planSeason(quick())).redo();
        meetups.setHeld(3, true).redo();
        MeetupSeason before = meetups.season();
        assertThatThrownBy(() -> meetups.swap(1, "u1", "inconnu").redo()).hasMessage("error.meetup.notPlaced[inconnu, 1]");
        assertThatThrownBy(() -> meetups.changeSettings(new MeetupSettings(2, 1, MeetupWeights.DEFAULT), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("error.meetup.groupSize[1]")
                .hasMessageContaining("error.meetup.roundsBelowHeld[2, 3]");
        assertThat(meetups.season()).isEqualTo(before);
    }

    @Test
    void launchDayTeamsCountAsMetWhenTheOptionSaysSo() throws Exception {
        store.run(c -> {
            store.proposals.saveWithoutProposers(c, workshop, new fr.equipage.model.Proposal("P", "Cartiflette", "MI",
                    List.of(), 2, 5, List.of()));
            store.saveCurrentPlan(c, workshop, new Plan(true, List.of(new Team("P", List.of("u1", "u2", "u3"))),
                    List.of(), null, List.of(), null, false));
        });
        MeetupSeason s = meetups.season();
        assertThat(meetups.instance().history()).isEmpty();
        UndoableEdit option = meetups.changeSettings(new MeetupSettings(3, 3, MeetupWeights.DEFAULT), true);
        option.redo();
        assertThat(meetups.season().teamsHaveMet()).isTrue();
        assertThat(meetups.instance().history()).containsExactlyInAnyOrder(new Pair("u1", "u2"), new Pair("u1", "u3"),
                new Pair("u2", "u3"));
        MeetupPlan plan = meetups.planSeason(quick());
        assertThat(plan.rounds()).allSatisfy(r -> assertThat(pairs(r.groups())).doesNotContain(new Pair("u1", "u2"),
                new Pair("u1", "u3"), new Pair("u2", "u3")));
        meetups.savePlan(plan).redo();
        MeetupSeason planned = meetups.season();
        assertThat(meetups.metBefore(planned, 1)).containsExactlyInAnyOrderElementsOf(meetups.launchDayPairs());
        Set<Pair> beforeThree = new HashSet<>(meetups.launchDayPairs());
        beforeThree.addAll(pairs(planned.round(1).orElseThrow().groups()));
        beforeThree.addAll(pairs(planned.round(2).orElseThrow().groups()));
        assertThat(meetups.metBefore(planned, 3)).isEqualTo(beforeThree);
        option.undo();
        assertThat(meetups.season().teamsHaveMet()).isFalse();
        assertThat(meetups.instance().history()).isEmpty();
        assertThat(meetups.metBefore(meetups.season(), 1)).isEmpty();
    }
}
