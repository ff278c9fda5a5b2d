package fr.equipage.ui.proposals;

import fr.equipage.ui.UiTestSupport;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import java.io.IOException;
import java.util.Optional;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** A proposal pitched on the spot: impossible team sizes are refused with a message, never saved. */
@ExtendWith(ApplicationExtension.class)
class ProposalsFlowTest extends UiTestSupport {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Stop
    void stop() {
        close();
    }

    private Optional<Proposal> titled(fr.equipage.store.Store s, String title) {
        return s.tx(c -> s.proposals.all(c, workshopId)).stream().filter(p -> p.title().equals(title)).findFirst();
    }

    @Test
    void invalidSizesAreRefusedWithAMessage_validOnesSurviveRestart() {
        settle();
        clickOn("#proposalsNav");
        settle();
        clickOn("#proposalQuickAdd").write("Carte des tiers-lieux").type(KeyCode.ENTER);
        Proposal added = awaitStored(s -> titled(s, "Carte des tiers-lieux"), Optional::isPresent).orElseThrow();
        assertThat(added.minSize()).isEqualTo(Proposal.DEFAULT_MIN_SIZE);
        // The chooser shows the demand of the fixture's proposals; this one has none yet.
        Label demand = lookup("#demandLabel").query();
        assertThat(demand.getText()).isEqualTo(text("proposal.demand.none"));

        TextField min = lookup("#minSizeField").query();
        TextField max = lookup("#maxSizeField").query();
        interact(() -> {
            min.requestFocus();
            min.clear();
        });
        write("9").type(KeyCode.TAB);
        Label sizeError = lookup("#sizeError").query();
        assertVisible(sizeError);
        assertThat(sizeError.getText()).contains("1 ≤ minimum ≤ maximum").contains("9").contains("8");
        interact(max::clear);
        write("2").type(KeyCode.ENTER);
        assertThat(sizeError.getText()).contains("9").contains("2");

        interact(() -> {
            min.requestFocus();
            min.clear();
        });
        write("0").type(KeyCode.ENTER);
        assertThat(sizeError.getText()).contains("1 ≤ minimum ≤ maximum");
        settle();
        Proposal unchanged = titled(store, "Carte des tiers-lieux").orElseThrow();
        assertThat(unchanged.minSize()).isEqualTo(Proposal.DEFAULT_MIN_SIZE);
        assertThat(unchanged.maxSize()).isEqualTo(Proposal.DEFAULT_MAX_SIZE);

        // Fixing the pair saves both at once and clears the message.
        interact(min::clear);
        write("4").type(KeyCode.TAB);
        interact(max::clear);
        write("7").type(KeyCode.ENTER);
        awaitStored(s -> titled(s, "Carte des tiers-lieux").orElseThrow(), p -> p.minSize() == 4 && p.maxSize() == 7);
        assertThat(sizeError.isVisible()).isFalse();

        @SuppressWarnings("unchecked")
        ComboBox<ProposalStatus> status = lookup("#statusChooser").query();
        interact(() -> status.setValue(ProposalStatus.RETAINED));
        awaitStored(s -> titled(s, "Carte des tiers-lieux").orElseThrow().status(), ProposalStatus.RETAINED::equals);

        Proposal stored = afterRestart(s -> titled(s, "Carte des tiers-lieux")).orElseThrow();
        assertThat(stored.minSize()).isEqualTo(4);
        assertThat(stored.maxSize()).isEqualTo(7);
        assertThat(stored.status()).isEqualTo(ProposalStatus.RETAINED);
    }

    @Test
    void demandPerRankIsShown() {
        settle();
        clickOn("#proposalsNav");
        settle();
        javafx.scene.control.TableView<Proposal> table = lookup("#proposalsTable").query();
        interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(p -> p.id().equals("P03")).findFirst().orElseThrow()));
        settle();
        Label demand = lookup("#demandLabel").query();
        // Alex Durand chose P01 then P03.
        assertThat(demand.getText()).isEqualTo("2e choix\u202F: 1 — 1 participant au total");
    }
}
