package fr.equipage.ui.participants;

import fr.equipage.ui.UiTestSupport;
import fr.equipage.ui.controls.MinistryPicker;
import fr.equipage.ui.controls.PickList;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Pair;
import fr.equipage.model.Participant;
import fr.equipage.model.PairKind;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The organiser records a late arrival, corrects her, reorders her choices, undoes, deletes, undoes. */
@ExtendWith(ApplicationExtension.class)
class ParticipantsFlowTest extends UiTestSupport {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Stop
    void stop() {
        close();
    }

    @Test
    void addEditReorderUndoRedoDeleteAndUndo_survivesRestart() {
        settle();
        clickOn("#participantQuickAdd").write("Camille Martin").type(KeyCode.ENTER);
        Participant added = awaitStored(s -> participantNamed(s, "Martin"), Optional::isPresent).orElseThrow();
        assertThat(added.firstName()).isEqualTo("Camille");

        // The quick add opens the person with the caret in the e-mail field.
        TextField email = lookup("#emailField").query();
        assertThat(email.isFocused()).isTrue();
        write("camille.martin@example").type(KeyCode.ENTER);
        Label emailError = lookup("#emailError").query();
        assertVisible(emailError);
        assertThat(emailError.getText()).contains("invalide");
        settle();
        assertThat(participantNamed(store, "Martin").orElseThrow().email()).as("invalid e-mail not saved").isNull();

        interact(email::clear);
        write("camille.martin@example.org").type(KeyCode.ENTER);
        awaitStored(s -> participantNamed(s, "Martin").orElseThrow().email(), "camille.martin@example.org"::equals);
        assertThat(emailError.isVisible()).isFalse();
        assertThat(window.context().undo().undoLabelProperty().get()).isEqualTo("modifier le courriel de Camille Martin");

        MinistryPicker ministry = lookup("#participantMinistry").query();
        interact(() -> ministry.field().requestFocus());
        write("INSEE").type(KeyCode.ENTER);
        awaitStored(s -> participantNamed(s, "Martin").orElseThrow().ministry(), "INSEE"::equals);

        PickList choices = lookup("#choicesList").query();
        interact(() -> choices.field().requestFocus());
        write("Carti").type(KeyCode.ENTER);
        write("Explorer").type(KeyCode.ENTER);
        awaitStored(s -> participantNamed(s, "Martin").orElseThrow().choices(), List.of("P01", "P03")::equals);

        // Alt+↑ on the second choice makes it the first.
        interact(() -> {
            choices.listView().requestFocus();
            choices.listView().getSelectionModel().select(1);
        });
        press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
        awaitStored(s -> participantNamed(s, "Martin").orElseThrow().choices(), List.of("P03", "P01")::equals);

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitStored(s -> participantNamed(s, "Martin").orElseThrow().choices(), List.of("P01", "P03")::equals);
        assertThat(choices.values()).containsExactly("P01", "P03");
        press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        awaitStored(s -> participantNamed(s, "Martin").orElseThrow().choices(), List.of("P03", "P01")::equals);

        // Know-how for the meet-ups: typed tags, saved at once, undone like the other fields.
        fr.equipage.ui.controls.TagField offers = lookup("#offersField").query();
        interact(() -> offers.field().requestFocus());
        write("SQL").type(KeyCode.ENTER);
        awaitStored(s -> participantNamed(s, "Martin").orElseThrow().offers(), List.of("SQL")::equals);
        fr.equipage.ui.controls.TagField seeks = lookup("#seeksField").query();
        interact(() -> seeks.field().requestFocus());
        write("R").type(KeyCode.ENTER);
        awaitStored(s -> participantNamed(s, "Martin").orElseThrow().seeks(), List.of("R")::equals);
        assertThat(window.context().undo().undoLabelProperty().get()).isEqualTo("modifier ce que Camille Martin veut apprendre");
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitStored(s -> participantNamed(s, "Martin").orElseThrow().seeks(), List::isEmpty);

        PickList together = lookup("#togetherList").query();
        interact(() -> together.field().requestFocus());
        write("Durand").type(KeyCode.ENTER);
        String ref = added.id();
        awaitStored(s -> s.tx(c -> s.constraints.pairs(c, workshopId, PairKind.TOGETHER)),
                pairs -> pairs.contains(new Pair("u01", ref).normalised()));

        // Delete, confirm, and the person with all her data is gone; Ctrl+Z brings everything back.
        TableView<Participant> table = lookup("#participantsTable").query();
        interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(table.getItems().stream().filter(p -> p.id().equals(ref)).findFirst().orElseThrow());
        });
        type(KeyCode.DELETE);
        clickOn(dialogButton("Supprimer"));
        awaitStored(s -> participantNamed(s, "Martin"), Optional::isEmpty);
        List<Pair> togetherAfterDelete = store.tx(c -> store.constraints.pairs(c, workshopId, PairKind.TOGETHER));
        assertThat(togetherAfterDelete).as("the person's wishes are erased with her").isEmpty();

        interact(table::requestFocus);
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitStored(s -> participantNamed(s, "Martin"), Optional::isPresent);

        Stored stored = afterRestart(s -> new Stored(participantNamed(s, "Martin").orElseThrow(),
                s.tx(c -> s.constraints.pairs(c, workshopId, PairKind.TOGETHER))));
        assertThat(stored.person().email()).isEqualTo("camille.martin@example.org");
        assertThat(stored.person().ministry()).isEqualTo("INSEE");
        assertThat(stored.person().choices()).containsExactly("P03", "P01");
        assertThat(stored.person().offers()).containsExactly("SQL");
        assertThat(stored.together()).containsExactly(new Pair("u01", ref).normalised());
    }

    private record Stored(Participant person, List<Pair> together) {
    }
}
