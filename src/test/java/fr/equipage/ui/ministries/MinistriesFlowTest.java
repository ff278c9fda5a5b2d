package fr.equipage.ui.ministries;

import fr.equipage.ui.UiTestSupport;
import fr.equipage.ui.controls.MinistryPicker;
import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Ministry;
import fr.equipage.store.Store;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/** The reference list is there; a new administration is added under its ministry; two ministries merge. */
@ExtendWith(ApplicationExtension.class)
class MinistriesFlowTest extends UiTestSupport {

    @Start
    void start(Stage stage) throws IOException {
        open(stage);
    }

    @Stop
    void stop() {
        close();
    }

    private static Optional<Ministry> ministry(Store s, String code) {
        return s.tx(c -> s.ministries.all(c)).stream().filter(m -> m.code().equals(code)).findFirst();
    }

    private String participantMinistry(Store s) {
        return s.tx(c -> s.participants.find(c, workshopId, "u01")).orElseThrow().ministry();
    }

    private String proposalMinistry(Store s) {
        return s.tx(c -> s.proposals.find(c, workshopId, "P01")).orElseThrow().ministry();
    }

    @Test
    void addUnderParentThenMergeUndoRedo_survivesRestart() {
        settle();
        clickOn("#ministriesNav");
        settle();
        assertThat(ministry(store, "INSEE")).as("reference list preloaded").map(Ministry::parent).contains("MEFSIN");

        clickOn("#ministryQuickAdd").write("ETALAB").type(KeyCode.ENTER);
        awaitStored(s -> ministry(s, "ETALAB"), Optional::isPresent);
        write("Mission Etalab").type(KeyCode.ENTER);
        awaitStored(s -> ministry(s, "ETALAB").orElseThrow().name(), "Mission Etalab"::equals);
        MinistryPicker parent = lookup("#ministryParent").query();
        interact(() -> parent.field().requestFocus());
        write("SPM").type(KeyCode.ENTER);
        awaitStored(s -> ministry(s, "ETALAB").orElseThrow().parent(), "SPM"::equals);

        // Merge DINUM into DITP: the participant and the proposal carried by DINUM follow.
        TreeTableView<Ministry> tree = lookup("#ministriesTree").query();
        interact(() -> {
            tree.requestFocus();
            tree.getSelectionModel().select(find(tree.getRoot(), "DINUM"));
        });
        clickOn("#ministryMerge");
        var choice = dialogPane();
        @SuppressWarnings("unchecked")
        ComboBox<Ministry> into = (ComboBox<Ministry>) choice.lookup(".combo-box");
        assertThat(into.getValue().code()).as("the parent ministry is offered first").isEqualTo("SPM");
        interact(() -> into.setValue(into.getItems().stream().filter(m -> m.code().equals("DITP")).findFirst().orElseThrow()));
        clickOn(choice.lookupButton(ButtonType.OK));
        clickOn(dialogButton("Fusionner"));
        awaitStored(s -> ministry(s, "DINUM"), Optional::isEmpty);
        assertThat(participantMinistry(store)).isEqualTo("DITP");
        assertThat(proposalMinistry(store)).isEqualTo("DITP");
        assertThat(window.context().undo().undoLabelProperty().get()).isEqualTo("fusionner DINUM dans DITP");

        interact(tree::requestFocus);
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        awaitStored(s -> ministry(s, "DINUM"), Optional::isPresent);
        assertThat(participantMinistry(store)).isEqualTo("DINUM");
        assertThat(ministry(store, "DINUM").orElseThrow().parent()).isEqualTo("SPM");
        press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        awaitStored(s -> ministry(s, "DINUM"), Optional::isEmpty);

        List<String> after = afterRestart(s -> List.of(participantMinistry(s), proposalMinistry(s),
                String.valueOf(ministry(s, "DINUM").isPresent()), ministry(s, "ETALAB").orElseThrow().parent()));
        assertThat(after).containsExactly("DITP", "DITP", "false", "SPM");
    }

    private static TreeItem<Ministry> find(TreeItem<Ministry> item, String code) {
        if (item.getValue() != null && code.equals(item.getValue().code())) {
            return item;
        }
        for (TreeItem<Ministry> child : item.getChildren()) {
            TreeItem<Ministry> found = find(child, code);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
