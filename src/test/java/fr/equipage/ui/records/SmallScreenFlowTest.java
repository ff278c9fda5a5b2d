package fr.equipage.ui.records;

import static org.assertj.core.api.Assertions.assertThat;

import fr.equipage.model.Participant;
import fr.equipage.ui.UiTestSupport;
import java.io.IOException;
import javafx.scene.Node;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.framework.junit5.Stop;

/**
 * On a 1024×700 laptop the participants table keeps its width: the form opens as a drawer over the
 * table while someone is selected, leaves the search box and buttons reachable, and Esc closes it.
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenFlowTest extends UiTestSupport {
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        open(stage);
        stage.setWidth(1024);
        stage.setHeight(700);
    }

    @Stop
    void stop() {
        close();
    }

    private boolean formShown() {
        Node form = lookup("#participantForm").tryQuery().orElse(null);
        return form != null && form.getScene() != null && form.isVisible();
    }

    @Test
    void theFormIsADrawerOpenWhileSomeoneIsSelected() {
        settle();
        TableView<Participant> table = lookup("#participantsTable").query();
        assertThat(formShown()).as("no form while nobody is selected").isFalse();
        // The table has the screen's width, not what a form beside it would leave.
        assertThat(table.getWidth()).isGreaterThan(600);

        interact(() -> table.getSelectionModel().select(0));
        assertThat(formShown()).isTrue();
        TextField search = lookup("#participantFilter").query();
        Node atSearch = lookup(n -> n == search).query();
        assertThat(atSearch.localToScene(atSearch.getBoundsInLocal()).getMaxX())
                .as("search box not under the drawer").isLessThan(stage.getScene().getWidth());
        clickOn(search);
        assertThat(search.isFocused()).isTrue();

        interact(table::requestFocus);
        type(KeyCode.ESCAPE);
        assertThat(formShown()).isFalse();
        assertThat(table.getSelectionModel().getSelectedItem()).isNull();
    }
}
