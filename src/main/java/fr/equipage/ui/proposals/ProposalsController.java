package fr.equipage.ui.proposals;

import fr.equipage.ui.controls.Search;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import fr.equipage.ui.framework.I18n;
import fr.equipage.ui.controls.Ministries;
import fr.equipage.ui.records.TableScreen;
import fr.equipage.service.QuickAddEdit;
import fr.equipage.service.WorkshopData;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * The proposals screen: table with demand per proposal, a filter by season status and a search, quick add
 * by title, delete, and the form.
 */
public class ProposalsController {
    private final AppContext ctx;
    private TableScreen<Proposal> screen;

    @FXML
    private SplitPane root;
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
    private TableColumn<Proposal, String> statusColumn;
    @FXML
    private TableColumn<Proposal, String> teamColumn;
    @FXML
    private TableColumn<Proposal, Integer> firstChoicesColumn;
    @FXML
    private TableColumn<Proposal, Integer> allChoicesColumn;
    @FXML
    private Label countLabel;
    @FXML
    private TextField quickAdd;
    @FXML
    private TextField filterField;
    @FXML
    private ComboBox<ProposalStatus> statusFilter;
    @FXML
    private Button deleteButton;
    @FXML
    private ProposalFormController formController;

    public ProposalsController(AppContext ctx) {
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        Collator french = Collator.getInstance(I18n.FRENCH);
        text(idColumn, Proposal::id, Comparator.naturalOrder());
        text(titleColumn, Proposal::title, french::compare);
        text(ministryColumn, p -> p.ministry() == null ? "" : p.ministry(), french::compare);
        text(sizeColumn, p -> p.minSize() + "–" + p.maxSize(), Comparator.naturalOrder());
        text(statusColumn, p -> ctx.i18n().get("proposal.status." + p.status().name()), french::compare);
        // Which proposals became teams in the current plan, and how many members they have.
        text(teamColumn, this::team, french::compare);
        firstChoicesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(countAt(c.getValue(), true)));
        allChoicesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(countAt(c.getValue(), false)));
        statusFilter.getItems().setAll(StatusFilter.choices());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProposalStatus status) {
                return StatusFilter.label(status, screen == null ? List.of() : screen.data().proposals(), ctx.i18n()::get);
            }

            @Override
            public ProposalStatus fromString(String text) {
                return statusFilter.getValue();
            }
        });
        statusFilter.getSelectionModel().select(0);
        statusFilter.valueProperty().addListener((o, a, b) -> screen.refilter());
        screen = new TableScreen<>(ctx, "proposals", new Proposals(), formController, root, table, countLabel,
                quickAdd, filterField, deleteButton);
        // The counts in the combo follow the data: rebuild its cells after each reload.
        ctx.dataProperty().addListener((o, a, read) -> refreshStatusLabels());
    }

    private void refreshStatusLabels() {
        ProposalStatus chosen = statusFilter.getValue();
        statusFilter.getItems().setAll(StatusFilter.choices());
        statusFilter.setValue(chosen);
    }

    private static void text(TableColumn<Proposal, String> column, Function<Proposal, String> value,
                             Comparator<String> order) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setComparator(order);
    }

    private int countAt(Proposal p, boolean firstOnly) {
        return (int) screen.data().participants().stream().map(Participant::choices)
                .filter(choices -> firstOnly ? !choices.isEmpty() && choices.get(0).equals(p.id()) : choices.contains(p.id()))
                .count();
    }

    private String team(Proposal p) {
        var plan = screen == null ? null : screen.data().plan();
        if (plan == null) {
            return "";
        }
        return plan.teams().stream().filter(t -> t.proposal().equals(p.id())).findFirst()
                .map(t -> ctx.i18n().format("proposals.team.members", t.members().size()))
                .orElse(ctx.i18n().get("proposals.team.none"));
    }

    @FXML
    private void onDelete() {
        screen.deleteSelected();
    }

    private final class Proposals implements TableScreen.Rows<Proposal> {
        @Override
        public List<Proposal> of(WorkshopData data) {
            return data.proposals();
        }

        @Override
        public String id(Proposal p) {
            return p.id();
        }

        @Override
        public boolean matches(Proposal p, String text, Map<String, Ministry> ministries) {
            return StatusFilter.accepts(statusFilter.getValue(), p) && Search.matches(text, p.id(), p.title(), p.description(), p.ministry(),
                    Ministries.describe(p.ministry(), ministries), String.join(" ", p.skills()));
        }

        @Override
        public String noMatch(String text) {
            ProposalStatus chosen = statusFilter.getValue();
            if (chosen == null) {
                return null;
            }
            String status = ctx.i18n().get("proposal.status." + chosen.name());
            return text.isEmpty() ? ctx.i18n().format("proposals.noMatchStatus", status)
                    : ctx.i18n().format("proposals.noMatchStatusText", status, text);
        }

        @Override
        public QuickAddEdit quickAdd(String title) {
            return ctx.services().quickAddProposal(ctx.workshopId(), title, ctx.labels());
        }

        @Override
        public void delete(Proposal p) {
            I18n i18n = ctx.i18n();
            WorkshopData data = screen.data();
            long choosers = data.participants().stream().filter(x -> x.choices().contains(p.id())).count();
            String names = p.proposers().stream().map(id -> data.participantById().get(id)).filter(java.util.Objects::nonNull)
                    .map(Participant::name).collect(Collectors.joining(", "));
            String content = i18n.format("proposals.delete.content", choosers)
                    + (names.isEmpty() ? "" : "\n" + i18n.format("proposals.delete.proposers", names));
            if (Dialogs.confirm(ctx, i18n.format("proposals.delete.header", p.title()), content,
                    i18n.get("proposals.delete.confirm"))) {
                ctx.undo().perform(ctx.services().proposalEdits(ctx.workshopId(), ctx.labels()).delete(p));
            }
        }
    }
}
