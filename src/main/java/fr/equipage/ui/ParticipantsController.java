package fr.equipage.ui;

import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import java.text.Collator;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
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

/**
 * The participants screen: a sortable, filterable table; a quick-add field for late arrivals
 * ("Prénom Nom" then Enter); deletion with confirmation; the form beside it edits the selection.
 */
public class ParticipantsController {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    private final AppContext ctx;
    private final ObservableList<Participant> master = FXCollections.observableArrayList();
    private final FilteredList<Participant> filtered = new FilteredList<>(master);
    private WorkshopData data = WorkshopData.empty();
    private Map<String, Ministry> ministries = Map.of();
    /** While the table is refilled, selection events are the reload's, not the organiser's. */
    private boolean reloading;
    /** The person to select after the next reload (the one just added). */
    private Supplier<String> selectAfterReload;
    private boolean focusEmailAfterReload;

    @FXML
    private SplitPane root;
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
    private Label countLabel;
    @FXML
    private TextField quickAdd;
    @FXML
    private TextField filterField;
    @FXML
    private Button deleteButton;
    @FXML
    private ParticipantFormController formController;

    public ParticipantsController(AppContext ctx) {
        this.ctx = ctx;
    }

    @FXML
    private void initialize() {
        Collator french = Collator.getInstance(I18n.FRENCH);
        column(lastNameColumn, Participant::lastName, french);
        column(firstNameColumn, Participant::firstName, french);
        column(emailColumn, p -> p.email() == null ? "" : p.email(), french);
        // The code alone keeps the column narrow; the form shows the name and the parent ministry.
        column(ministryColumn, p -> p.ministry() == null ? "" : p.ministry(), french);
        column(skillsColumn, p -> String.join(", ", p.skills()), french);
        SortedList<Participant> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.setPlaceholder(new Label(ctx.i18n().get("participants.empty")));
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

    private static void column(TableColumn<Participant, String> column, Function<Participant, String> value,
                               Collator collator) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setComparator(collator::compare);
    }

    private void applyFilter(String text) {
        filtered.setPredicate(p -> Search.matches(text, p.firstName(), p.lastName(), p.email(), p.ministry(),
                Ministries.describe(p.ministry(), ministries), String.join(" ", p.skills())));
        updateCount();
    }

    private void updateCount() {
        int all = master.size();
        int shown = filtered.size();
        countLabel.setText(shown == all ? ctx.i18n().format("participants.count", all)
                : ctx.i18n().format("participants.countFiltered", shown, all));
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
        Participant selected = table.getSelectionModel().getSelectedItem();
        String keep = selectAfterReload != null ? selectAfterReload.get()
                : selected == null ? null : selected.id();
        selectAfterReload = null;
        data = newData;
        ministries = newData.ministryByCode();
        reloading = true;
        try {
            master.setAll(newData.participants());
            applyFilter(filterField.getText());
            Participant again = keep == null ? null
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
        if (focusEmailAfterReload) {
            focusEmailAfterReload = false;
            formController.focusEmail();
        }
    }

    /** "Camille Martin" + Enter: the person is saved at once and opened in the form. */
    private void onQuickAdd() {
        String name = quickAdd.getText().strip();
        if (name.isEmpty()) {
            return;
        }
        quickAdd.clear();
        filterField.clear();
        QuickAddEdit edit = QuickAddEdit.participant(ctx, name);
        selectAfterReload = edit::ref;
        focusEmailAfterReload = true;
        ctx.undo().perform(edit);
    }

    @FXML
    private void onDelete() {
        Participant p = table.getSelectionModel().getSelectedItem();
        if (p == null) {
            return;
        }
        I18n i18n = ctx.i18n();
        if (Dialogs.confirm(ctx, i18n.format("participants.delete.header", p.name()),
                i18n.get("participants.delete.content"), i18n.get("participants.delete.confirm"))) {
            ctx.undo().perform(new ParticipantEdits(ctx).delete(p));
        }
    }
}
