package fr.equipage.ui;

import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import java.text.Collator;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The proposals screen: table with demand per proposal, quick add by title, delete, and the form. */
public class ProposalsController {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final AppContext ctx;
    private final ObservableList<Proposal> master = FXCollections.observableArrayList();
    private final FilteredList<Proposal> filtered = new FilteredList<>(master);
    private WorkshopData data = WorkshopData.empty();
    private Map<String, Ministry> ministries = Map.of();
    private boolean reloading;
    private Supplier<String> selectAfterReload;
    private boolean focusFormAfterReload;

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
        firstChoicesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(countAt(c.getValue(), true)));
        allChoicesColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(countAt(c.getValue(), false)));
        SortedList<Proposal> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(ctx.i18n().get("proposals.empty")));
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!reloading) {
                formController.commitPending();
                formController.show(now, data);
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                onDelete();
                e.consume();
            }
        });
        deleteButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        filterField.textProperty().addListener((o, a, text) -> applyFilter(text));
        quickAdd.setOnAction(e -> onQuickAdd());
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e)) {
                filterField.requestFocus();
                e.consume();
            } else if (NEW.match(e)) {
                quickAdd.requestFocus();
                e.consume();
            }
        });
        ctx.workshopProperty().addListener((o, a, b) -> reload());
        ctx.dataVersion().addListener((o, a, b) -> reload());
        reload();
    }

    private static void text(TableColumn<Proposal, String> column, Function<Proposal, String> value,
                             Comparator<String> order) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setComparator(order);
    }

    private int countAt(Proposal p, boolean firstOnly) {
        return (int) data.participants().stream().map(Participant::choices)
                .filter(choices -> firstOnly ? !choices.isEmpty() && choices.get(0).equals(p.id()) : choices.contains(p.id()))
                .count();
    }

    private void applyFilter(String text) {
        filtered.setPredicate(p -> Search.matches(text, p.id(), p.title(), p.description(), p.ministry(),
                Ministries.describe(p.ministry(), ministries), String.join(" ", p.skills())));
        int all = master.size();
        int shown = filtered.size();
        countLabel.setText(shown == all ? ctx.i18n().format("proposals.count", all)
                : ctx.i18n().format("proposals.countFiltered", shown, all));
    }

    private void reload() {
        if (ctx.workshop() == null) {
            return;
        }
        long id = ctx.workshopId();
        var store = ctx.store();
        ctx.tasks().run(() -> store.tx(c -> WorkshopData.load(store, c, id)), this::showData);
    }

    private void showData(WorkshopData newData) {
        Proposal selected = table.getSelectionModel().getSelectedItem();
        String keep = selectAfterReload != null ? selectAfterReload.get() : selected == null ? null : selected.id();
        selectAfterReload = null;
        data = newData;
        ministries = newData.ministryByCode();
        reloading = true;
        try {
            master.setAll(newData.proposals());
            applyFilter(filterField.getText());
            Proposal again = keep == null ? null
                    : table.getItems().stream().filter(p -> p.id().equals(keep)).findFirst().orElse(null);
            if (again != null) {
                table.getSelectionModel().select(again);
                table.scrollTo(again);
            } else {
                table.getSelectionModel().clearSelection();
            }
            formController.show(again, newData);
        } finally {
            reloading = false;
        }
        if (focusFormAfterReload) {
            focusFormAfterReload = false;
            formController.focusMinistry();
        }
    }

    private void onQuickAdd() {
        String title = quickAdd.getText().strip();
        if (title.isEmpty()) {
            return;
        }
        quickAdd.clear();
        filterField.clear();
        QuickAddEdit edit = QuickAddEdit.proposal(ctx, title);
        selectAfterReload = edit::ref;
        focusFormAfterReload = true;
        ctx.undo().perform(edit);
    }

    @FXML
    private void onDelete() {
        Proposal p = table.getSelectionModel().getSelectedItem();
        if (p == null) {
            return;
        }
        I18n i18n = ctx.i18n();
        long choosers = data.participants().stream().filter(x -> x.choices().contains(p.id())).count();
        String names = p.proposers().stream().map(id -> data.participantById().get(id)).filter(java.util.Objects::nonNull)
                .map(Participant::name).collect(Collectors.joining(", "));
        String content = i18n.format("proposals.delete.content", choosers)
                + (names.isEmpty() ? "" : "\n" + i18n.format("proposals.delete.proposers", names));
        if (Dialogs.confirm(ctx, i18n.format("proposals.delete.header", p.title()), content,
                i18n.get("proposals.delete.confirm"))) {
            ctx.undo().perform(new ProposalEdits(ctx).delete(p));
        }
    }
}
