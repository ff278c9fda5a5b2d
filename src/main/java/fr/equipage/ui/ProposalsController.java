package fr.equipage.ui;

import fr.equipage.model.Proposal;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The proposals of the current workshop. */
public class ProposalsController {
    private final AppContext ctx;

    @FXML
    private TableView<Proposal> table;
    @FXML
    private TableColumn<Proposal, String> idColumn;
    @FXML
    private TableColumn<Proposal, String> titleColumn;
    @FXML
    private TableColumn<Proposal, String> ministryColumn;
    @FXML
    private TableColumn<Proposal, String> sizeColumn;
    @FXML
    private TableColumn<Proposal, String> skillsColumn;
    @FXML
    private TableColumn<Proposal, String> proposersColumn;
    @FXML
    private Label countLabel;

    public ProposalsController(AppContext ctx) {
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        column(idColumn, Proposal::id);
        column(titleColumn, Proposal::title);
        column(ministryColumn, p -> p.ministry() == null ? "" : p.ministry());
        column(sizeColumn, p -> p.minSize() + "–" + p.maxSize());
        column(skillsColumn, p -> String.join(", ", p.skills()));
        column(proposersColumn, p -> String.join(", ", p.proposers()));
        table.setPlaceholder(new Label(ctx.i18n().get("proposals.empty")));
        ctx.workshopProperty().addListener((o, a, b) -> reload());
        ctx.dataVersion().addListener((o, a, b) -> reload());
        reload();
    }

    private static void column(TableColumn<Proposal, String> column, Function<Proposal, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    private void reload() {
        if (ctx.workshop() == null) {
            return;
        }
        long id = ctx.workshopId();
        var store = ctx.store();
        ctx.tasks().run(() -> store.tx(c -> store.proposals.all(c, id)), proposals -> {
            table.getItems().setAll(proposals);
            countLabel.setText(ctx.i18n().format("proposals.count", proposals.size()));
        });
    }
}
