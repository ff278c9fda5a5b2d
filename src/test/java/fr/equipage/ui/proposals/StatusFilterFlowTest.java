package fr.equipage.ui.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import fr.equipage.ui.UiTestSupport;
import java.io.IOException;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** Choosing a status in the proposals screen shows only those proposals, and says so when there are none. */
@ExtendWith(ApplicationExtension.class)
class StatusFilterFlowTest extends UiTestSupport {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Stop
    void stop() {
        close();
    }

    @Test
    void aStatusShowsOnlyItsProposals() {
        settle();
        clickOn("#proposalsNav");
        settle();
        ComboBox<ProposalStatus> filter = lookup("#proposalStatusFilter").query();
        TableView<Proposal> table = lookup("#proposalsTable").query();
        assertThat(table.getItems()).hasSize(3);
        assertThat(filter.getConverter().toString(filter.getValue())).isEqualTo("Tous les statuts (3)");

        interact(() -> filter.setValue(ProposalStatus.RETAINED));
        settle();
        assertThat(table.getItems()).isEmpty();
        assertThat(((Label) table.getPlaceholder()).getText()).startsWith("Aucune proposition au statut").contains("Retenue", "Tous les statuts");

        interact(() -> filter.setValue(ProposalStatus.PROPOSED));
        settle();
        assertThat(table.getItems()).extracting(Proposal::id).containsExactlyInAnyOrder("P01", "P02", "P03");
        assertThat(filter.getConverter().toString(ProposalStatus.PROPOSED)).isEqualTo("Proposée (3)");
    }
}
