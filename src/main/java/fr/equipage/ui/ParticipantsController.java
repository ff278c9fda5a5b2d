package fr.equipage.ui;

import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The participants of the current workshop. */
public class ParticipantsController {
    private final AppContext ctx;
    private Map<String, Ministry> ministries = Map.of();

    @FXML
    private TableView<Participant> table;
    @FXML
    private TableColumn<Participant, String> lastNameColumn;
    @FXML
    private TableColumn<Participant, String> firstNameColumn;
    @FXML
    private TableColumn<Participant, String> emailColumn;
    @FXML
    private TableColumn<Participant, String> ministryColumn;
    @FXML
    private TableColumn<Participant, String> skillsColumn;
    @FXML
    private TableColumn<Participant, String> choicesColumn;
    @FXML
    private Label countLabel;

    public ParticipantsController(AppContext ctx) {
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        column(lastNameColumn, Participant::lastName);
        column(firstNameColumn, Participant::firstName);
        column(emailColumn, p -> p.email() == null ? "" : p.email());
        column(ministryColumn, p -> Ministries.label(p.ministry(), ministries));
        column(skillsColumn, p -> String.join(", ", p.skills()));
        column(choicesColumn, p -> String.join(" › ", p.choices()));
        table.setPlaceholder(new Label(ctx.i18n().get("participants.empty")));
        ctx.workshopProperty().addListener((o, a, b) -> reload());
        ctx.dataVersion().addListener((o, a, b) -> reload());
        reload();
    }

    private static void column(TableColumn<Participant, String> column, Function<Participant, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private void reload() {
        if (ctx.workshop() == null) {
            return;
        }
        long id = ctx.workshopId();
        var store = ctx.store();
        ctx.tasks().run(() -> store.tx(c -> new Data(store.participants.all(c, id), store.ministries.all(c))), data -> {
            ministries = data.ministries.stream().collect(Collectors.toMap(Ministry::code, Function.identity()));
            table.getItems().setAll(data.participants);
            countLabel.setText(ctx.i18n().format("participants.count", data.participants.size()));
        });
    }

    private record Data(List<Participant> participants, List<Ministry> ministries) {
    }
}
