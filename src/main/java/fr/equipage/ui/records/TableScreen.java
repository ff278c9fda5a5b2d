package fr.equipage.ui.records;

import fr.equipage.ui.framework.AppContext;
import fr.equipage.service.QuickAddEdit;
import fr.equipage.service.WorkshopData;
import fr.equipage.model.Ministry;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * What the participants and proposals screens share: a sortable, filterable table of one workshop's
 * records with their count; a quick-add field (Enter saves the record at once and opens it in the form);
 * deletion by button or the Delete key; Ctrl+F and Ctrl+N; reloads that keep the selection; and the form
 * beside the table, which edits the selection. The screen passes in what differs as {@link Rows}.
 */
public final class TableScreen<T> {
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);

    /** The kind of record a screen lists. */
    public interface Rows<T> {
        List<T> of(WorkshopData data);

        String id(T row);

        /** Whether the row is one the filter text asks for. */
        boolean matches(T row, String text, Map<String, Ministry> ministries);

        /** The edit that adds a record from the text typed in the quick-add field (not blank). */
        QuickAddEdit quickAdd(String text);

        /** Asks the organiser to confirm, then deletes the row. */
        void delete(T row);

        /**
         * What the table says when rows exist but none is shown, when the screen filters on more than the
         * search text (a status, say); null for the usual "nothing matches « text »".
         */
        default String noMatch(String text) {
            return null;
        }
    }

    private final AppContext ctx;
    /** The screen's texts start with this: "participants.count", "proposals.empty"... */
    private final String texts;
    private final Rows<T> rows;
    private final RecordForm<T> form;
    private final TableView<T> table;
    private final Label countLabel;
    private final TextField quickAdd;
    private final TextField filterField;
    private final ObservableList<T> master = FXCollections.observableArrayList();
    private final FilteredList<T> filtered = new FilteredList<>(master);
    private WorkshopData data = WorkshopData.empty();
    private Map<String, Ministry> ministries = Map.of();
    /** While the table is refilled, selection events are the reload's, not the organiser's. */
    private boolean reloading;
    /** The record to select after the next reload (the one just added). */
    private Supplier<String> selectAfterReload;
    private boolean focusFormAfterReload;
    private final Label placeholder = new Label();

    /** Wires the screen's controls (the table's columns are already set up) and loads the data. */
    public TableScreen(AppContext ctx, String texts, Rows<T> rows, RecordForm<T> form, Parent root, TableView<T> table,
                Label countLabel, TextField quickAdd, TextField filterField, Button deleteButton) {
        this.ctx = ctx;
        this.texts = texts;
        this.rows = rows;
        this.form = form;
        this.table = table;
        this.countLabel = countLabel;
        this.quickAdd = quickAdd;
        this.filterField = filterField;
        SortedList<T> sorted = new SortedList<>(filtered);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(460);
        placeholder.getStyleClass().add("table-placeholder");
        table.setPlaceholder(placeholder);
        // The search box never shrinks to "Re": the header wraps before.
        filterField.setMinWidth(150);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!reloading) {
                form.commitPending();
                form.show(now, data);
            }
        });
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                deleteSelected();
                e.consume();
            }
        });
        deleteButton.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        filterField.textProperty().addListener((o, a, text) -> applyFilter(text));
        quickAdd.setOnAction(e -> onQuickAdd());
        // Ctrl+F and Ctrl+N work from anywhere in the window while this screen is shown (the navigation too).
        fr.equipage.ui.framework.ScreenKeys.install(root, Map.of(FIND, filterField::requestFocus, NEW,
                quickAdd::requestFocus));
        ctx.dataProperty().addListener((o, a, read) -> showData(read.data()));
        showData(ctx.data());
        if (root instanceof javafx.scene.control.SplitPane split && split.getItems().size() == 2) {
            FormDrawer.install(split, table, table.getSelectionModel().selectedItemProperty(), form::commitPending, () -> {
                table.getSelectionModel().clearSelection();
                table.requestFocus();
            });
        }
    }

    /** The data the table shows now. */
    public WorkshopData data() {
        return data;
    }

    /** Deletes the selected row, if any, once the organiser confirms. */
    public void deleteSelected() {
        T row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            rows.delete(row);
        }
    }

    /** Filters again, after a filter of the screen's own (not the search text) changed. */
    public void refilter() {
        applyFilter(filterField.getText());
    }

    private void applyFilter(String text) {
        filtered.setPredicate(row -> rows.matches(row, text, ministries));
        int all = master.size();
        int shown = filtered.size();
        countLabel.setText(shown == all ? ctx.i18n().format(texts + ".count", all)
                : ctx.i18n().format(texts + ".countFiltered", shown, all));
        // An empty workshop says what to do; a search that finds nothing says so, not "no one here".
        String own = all == 0 ? null : rows.noMatch(text == null ? "" : text.strip());
        placeholder.setText(all == 0 ? ctx.i18n().get(texts + ".empty")
                : own != null ? own : ctx.i18n().format(texts + ".noMatch", text == null ? "" : text.strip()));
    }

    private void showData(WorkshopData newData) {
        T selected = table.getSelectionModel().getSelectedItem();
        String keep = selectAfterReload != null ? selectAfterReload.get()
                : selected == null ? null : rows.id(selected);
        selectAfterReload = null;
        data = newData;
        ministries = newData.ministryByCode();
        reloading = true;
        try {
            master.setAll(rows.of(newData));
            applyFilter(filterField.getText());
            T again = keep == null ? null
                    : table.getItems().stream().filter(row -> rows.id(row).equals(keep)).findFirst().orElse(null);
            if (again != null) {
                table.getSelectionModel().select(again);
                table.scrollTo(again);
            } else {
                table.getSelectionModel().clearSelection();
            }
            form.show(again, newData);
        } finally {
            reloading = false;
        }
        if (focusFormAfterReload) {
            focusFormAfterReload = false;
            form.focusAfterQuickAdd();
        }
    }

    private void onQuickAdd() {
        String text = quickAdd.getText().strip();
        if (text.isEmpty()) {
            return;
        }
        quickAdd.clear();
        filterField.clear();
        QuickAddEdit edit = rows.quickAdd(text);
        selectAfterReload = edit::ref;
        focusFormAfterReload = true;
        ctx.undo().perform(edit);
    }
}
