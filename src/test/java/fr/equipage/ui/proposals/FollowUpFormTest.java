package fr.equipage.ui.proposals;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import fr.equipage.ui.UiTestSupport;
import java.io.IOException;
import java.time.LocalDate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The season follow-up in the proposal form: a new status is dated today, the day and note are kept, undo works. */
@ExtendWith(ApplicationExtension.class)
class FollowUpFormTest extends UiTestSupport {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Stop
    void stop() {
        close();
    }

    private Proposal p03(fr.equipage.store.Store s) {
        return s.tx(c -> s.proposals.find(c, workshopId, "P03")).orElseThrow();
    }

    @Test
    void statusDayAndNoteAreSavedAndTheStatusChangeUndone() {
        settle();
        clickOn("#proposalsNav");
        settle();
        TableView<Proposal> table = lookup("#proposalsTable").query();
        interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(p -> p.id().equals("P03")).findFirst().orElseThrow()));
        settle();

        @SuppressWarnings("unchecked")
        ComboBox<ProposalStatus> status = lookup("#statusChooser").query();
        interact(() -> status.setValue(ProposalStatus.SCOPED));
        awaitStored(this::p03, p -> p.status() == ProposalStatus.SCOPED);
        assertThat(p03(store).statusDate()).as("a new status is dated today").isEqualTo(LocalDate.now());
        DatePicker day = lookup("#statusDatePicker").query();
        assertThat(day.getValue()).isEqualTo(LocalDate.now());

        LocalDate scoping = LocalDate.of(2023, 3, 14);
        interact(() -> day.setValue(scoping));
        awaitStored(this::p03, p -> scoping.equals(p.statusDate()));

        TextField note = lookup("#statusNoteField").query();
        interact(note::requestFocus);
        write("Sponsor trouvé à la DGFiP").type(KeyCode.ENTER);
        awaitStored(this::p03, p -> p.statusNote().equals("Sponsor trouvé à la DGFiP"));

        // Undo the note, the day, then the status: each is its own edit.
        for (int i = 0; i < 3; i++) {
            press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
            settle();
        }
        awaitStored(this::p03, p -> p.status() == ProposalStatus.PROPOSED && p.statusDate() == null
                && p.statusNote().isEmpty());
    }
}
