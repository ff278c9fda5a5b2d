package fr.equipage.ui.board;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Instance;
import fr.equipage.model.Participant;
import fr.equipage.model.Plan;
import fr.equipage.ui.framework.I18n;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Someone without a team gets something to do, not only the list of teams that refuse them. */
class UnassignedAdviceTest {
    private static List<String> keys(BoardModel model, String person) {
        return UnassignedAdvice.of(model, person, model.explain(person)).stream().map(UnassignedAdvice::key).toList();
    }

    @Test
    void aPersonWithAFreePlaceIsToldWhereToMoveThem() {
        BoardModel model = new BoardModel(new EditLabels(new I18n(I18n.FRENCH)));
        Plan plan = BoardModelTest.firstChoices();
        model.load(BoardModelTest.workshop(), plan);
        model.move("u6", null).orElseThrow();
        List<UnassignedAdvice> advice = UnassignedAdvice.of(model, "u6", model.explain("u6"));
        assertThat(advice.get(0).key()).isEqualTo("board.advice.move");
        assertThat(advice.get(0).args().get(0)).isEqualTo("PoufDoc");
        assertThat(keys(model, "u6")).contains("board.advice.allowOutside", "board.advice.pin");
    }

    @Test
    void whenEveryChosenTeamIsFullItProposesOneMoreSeat() {
        Instance base = BoardModelTest.workshop();
        List<Participant> people = new ArrayList<>(base.participants());
        people.add(BoardModelTest.person("u7", "Noé", "Simon", "MC", List.of(), "PA", "PB"));
        Instance seven = new Instance(base.settings(), base.ministries(), base.proposals(), people, List.of(), List.of(),
                List.of());
        BoardModel model = new BoardModel(new EditLabels(new I18n(I18n.FRENCH)));
        model.load(seven, BoardModelTest.firstChoices());
        List<UnassignedAdvice> advice = UnassignedAdvice.of(model, "u7", model.explain("u7"));
        assertThat(advice).extracting(UnassignedAdvice::key).doesNotContain("board.advice.move")
                .contains("board.advice.enlarge");
        UnassignedAdvice enlarge = advice.stream().filter(a -> a.key().equals("board.advice.enlarge")).findFirst()
                .orElseThrow();
        assertThat(enlarge.args()).containsExactly("Cartiflette", 4);
    }

    @Test
    void someoneWithoutChoicesIsToldToCompleteThem() {
        Instance base = BoardModelTest.workshop();
        List<Participant> people = new ArrayList<>(base.participants());
        people.add(BoardModelTest.person("u7", "Noé", "Simon", "MC", List.of()));
        Instance seven = new Instance(base.settings(), base.ministries(), base.proposals(), people, List.of(), List.of(),
                List.of());
        BoardModel model = new BoardModel(new EditLabels(new I18n(I18n.FRENCH)));
        model.load(seven, BoardModelTest.firstChoices());
        assertThat(keys(model, "u7").get(0)).isEqualTo("board.advice.noChoices");
    }
}
