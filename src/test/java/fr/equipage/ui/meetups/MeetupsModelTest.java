package fr.equipage.ui.meetups;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.engine.meetup.MeetupScorer;
import fr.equipage.model.MeetupInstance;
import fr.equipage.model.MeetupPerson;
import fr.equipage.model.MeetupSettings;
import fr.equipage.model.MeetupWeights;
import fr.equipage.model.Ministry;
import fr.equipage.model.Pair;
import fr.equipage.model.Round;
import fr.equipage.model.Schedule;
import fr.equipage.ui.framework.I18n;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The meet-ups screen's logic without a screen: edits re-score at once, warn, name themselves, undo exactly. */
class MeetupsModelTest {
    /** Six people from three ministries, groups of 3, 3 rounds; Hugo and Zoé must stay apart. */
    static MeetupInstance instance() {
        List<Ministry> ministries = List.of(new Ministry("MI", "Intérieur", null), new Ministry("MC", "Culture", null),
                new Ministry("MEFSIN", "Économie", null));
        List<MeetupPerson> people = List.of(
                person("u1", "Camille Martin", "MI", List.of("nlp"), List.of(), List.of()),
                person("u2", "Léa Dupont", "MC", List.of("nlp"), List.of(), List.of()),
                person("u3", "Hugo Bernard", "MEFSIN", List.of(), List.of("sql"), List.of()),
                person("u4", "Inès Petit", "MI", List.of(), List.of(), List.of("sql")),
                person("u5", "Jules Robert", "MC", List.of(), List.of(), List.of()),
                person("u6", "Zoé Richard", "MEFSIN", List.of(), List.of(), List.of()));
        return new MeetupInstance(new MeetupSettings(3, 3, MeetupWeights.DEFAULT), ministries, people,
                List.of(new Pair("u1", "u5")), List.of(new Pair("u3", "u6")));
    }

    static MeetupPerson person(String id, String name, String ministry, List<String> interests, List<String> offers,
                               List<String> seeks) {
        return new MeetupPerson(id, name, ministry, interests, offers, seeks, List.of());
    }

    /** Round 1: {u1,u2,u3} {u4,u5,u6}; round 2: {u1,u4,u6} {u2,u3,u5}. */
    static SeasonState planned() {
        return new SeasonState(instance(), new Schedule(List.of(
                new Round(1, List.of(List.of("u1", "u2", "u3"), List.of("u4", "u5", "u6"))),
                new Round(2, List.of(List.of("u1", "u4", "u6"), List.of("u2", "u3", "u5")))), null), Set.of());
    }

    private MeetupsModel model;
    private int notified;

    @BeforeEach
    void setUp() {
        model = new MeetupsModel(new I18n(I18n.FRENCH));
        model.addListener(() -> notified++);
        model.load(planned());
    }

    @Test
    void theScoreIsTheSpecsOverThePlannedRoundsAndEachRoundHasItsShare() {
        SeasonState s = planned();
        assertThat(model.score()).isEqualTo(MeetupScorer.score(s.instance(), s.schedule()));
        // Round 1: Camille and Léa share nlp (+1), Hugo can show sql to… nobody at his table; Inès and Camille
        // are not together. Table 2: Jules and Zoé differ; nobody repeats.
        assertThat(model.roundScore(1).sharedInterest()).isEqualTo(1);
        assertThat(model.roundScore(1).total() + model.roundScore(2).total()).isEqualTo(model.score().total());
        assertThat(model.groups(1)).hasSize(2);
        assertThat(model.groups(1).get(0).score().total() + model.groups(1).get(1).score().total())
                .isEqualTo(model.roundScore(1).total());
    }

    @Test
    void aSwapMovesBothPeopleRescoresAndNamesItselfForUndo() {
        var preview = model.previewSwap(1, "u3", "u4");
        var change = model.swap(1, "u3", "u4").orElseThrow();
        assertThat(change.label()).isEqualTo("échanger Hugo Bernard et Inès Petit (tour 1)");
        assertThat(model.groupOf(1, "u4")).isZero();
        assertThat(model.groupOf(1, "u3")).isEqualTo(1);
        assertThat(model.score()).isEqualTo(MeetupScorer.score(change.after().instance(), change.after().schedule()));
        assertThat(model.score().total() - MeetupScorer.score(change.before().instance(), change.before().schedule()).total())
                .isEqualTo(preview.delta());
        assertThat(notified).isEqualTo(2);
        model.load(change.before());
        assertThat(model.state()).isEqualTo(planned());
        assertThat(model.groupOf(1, "u3")).isZero();
    }

    @Test
    void noSwapWithinATableOrOfSomeoneNotPlaced() {
        assertThat(model.swap(1, "u1", "u2")).isEmpty();
        assertThat(model.swap(3, "u1", "u4")).isEmpty();
        assertThat(model.previewSwap(1, "u1", "u2").allowed()).isFalse();
    }

    @Test
    void aPairThatMetInAnEarlierRoundOrBeforeTheSeasonIsWarnedInRed() {
        // Six people in tables of three cannot avoid meeting again in round 2: Inès and Zoé, Léa and Hugo.
        assertThat(model.warnings(2)).containsExactly(
                new PairWarning(PairWarning.Kind.REPEAT, 2, 0, "u4", "u6", 1),
                new PairWarning(PairWarning.Kind.REPEAT, 2, 1, "u2", "u3", 1));
        assertThat(model.score().repeats()).isEqualTo(2);
        // Dropping Jules on Camille in round 1 puts Camille with Jules (history) and Jules with Hugo.
        var preview = model.previewSwap(1, "u5", "u2");
        assertThat(preview.newWarnings()).contains(new PairWarning(PairWarning.Kind.REPEAT, 1, 0, "u1", "u5", 0));
        assertThat(preview.delta()).isNegative();
        // Seating Inès with Camille in round 1 makes their table of round 2 a second meeting.
        assertThat(model.previewSwap(1, "u4", "u2").newWarnings())
                .contains(new PairWarning(PairWarning.Kind.REPEAT, 2, 0, "u1", "u4", 1));
    }

    @Test
    void anApartPairAtOneTableIsWarned() {
        model.swap(1, "u6", "u1").orElseThrow();
        assertThat(model.warnings(1)).contains(new PairWarning(PairWarning.Kind.APART, 1, 0, "u6", "u3", 0));
        assertThat(model.violations()).anyMatch(v -> v.rule().equals("M2"));
    }

    @Test
    void someoneWhoWillNotComeIsShownAtTheirTableUntilTheRoundIsReplanned() {
        var away = model.setPresent(2, "u4", false).orElseThrow();
        assertThat(away.label()).isEqualTo("Inès Petit ne vient pas au tour 2");
        assertThat(model.isPresent(2, "u4")).isFalse();
        assertThat(model.presentCount(2)).isEqualTo(5);
        assertThat(model.placedButAbsent(2)).containsExactly("u4");
        assertThat(model.violations()).anyMatch(v -> v.rule().equals("M1") && v.round() == 2);
        var back = model.setPresent(2, "u4", true).orElseThrow();
        assertThat(model.placedButAbsent(2)).isEmpty();
        assertThat(model.violations()).noneMatch(v -> v.rule().equals("M1"));
        assertThat(back.after()).isEqualTo(planned());
        assertThat(model.setPresent(2, "u4", true)).as("already present").isEmpty();
        // A round not planned yet only records the absence; someone present at a planned round but at no
        // table is listed as such.
        model.setPresent(3, "u1", false).orElseThrow();
        assertThat(model.isPlanned(3)).isFalse();
        assertThat(model.isPresent(3, "u1")).isFalse();
        assertThat(model.unplaced(3)).isEmpty();
    }

    @Test
    void aHeldRoundIsHistoryAndNoLongerChanges() {
        var held = model.markHeld(1).orElseThrow();
        assertThat(held.label()).isEqualTo("marquer le tour 1 comme tenu");
        assertThat(model.isHeld(1)).isTrue();
        assertThat(model.nextRound()).isEqualTo(2);
        assertThat(model.swap(1, "u3", "u4")).isEmpty();
        assertThat(model.previewSwap(1, "u3", "u4").allowed()).isFalse();
        assertThat(model.setPresent(1, "u1", false)).isEmpty();
        assertThat(model.markHeld(1)).isEmpty();
        assertThat(model.markHeld(3)).as("a round not planned cannot be held").isEmpty();
        // The season cannot end before a held round.
        assertThat(model.changeSettings(new MeetupSettings(0, 3, MeetupWeights.DEFAULT), "Tours", "0")).isEmpty();
    }

    @Test
    void settingsChangeNamesWhatChangedAndAShorterSeasonDropsItsLastRounds() {
        var change = model.changeSettings(new MeetupSettings(1, 3, MeetupWeights.DEFAULT), "Nombre de tours", "1")
                .orElseThrow();
        assertThat(change.label().replaceAll("[\u00a0\u202f]", " ")).isEqualTo("régler « Nombre de tours » sur 1");
        assertThat(model.isPlanned(2)).isFalse();
        assertThat(model.changeSettings(model.settings(), "x", "y")).isEmpty();
        model.load(change.before());
        assertThat(model.isPlanned(2)).isTrue();
    }

    @Test
    void eachTableHasItsConversationStarters() {
        assertThat(model.groups(1).get(0).starters()).extracting(m -> m.french())
                .containsExactly("Camille et Léa partagent nlp");
    }

}
