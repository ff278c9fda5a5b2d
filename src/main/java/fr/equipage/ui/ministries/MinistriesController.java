package fr.equipage.ui.ministries;

import fr.equipage.ui.controls.Ministries;
import fr.equipage.ui.controls.Fields;
import fr.equipage.ui.controls.MinistryPicker;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.Dialogs;
import fr.equipage.ui.framework.I18n;
import fr.equipage.service.WorkshopData;
import fr.equipage.model.Ministry;
import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;

/**
 * Ministries and their administrations, as a tree shared by all workshops: add by code, rename,
 * move under a parent, merge two (people and proposals follow), delete an unused one.
 */
public class MinistriesController {
    private static final int MAX_CODE = 64;

    private final AppContext ctx;
    private final I18n i18n;
    private WorkshopData data = WorkshopData.empty();
    private Map<String, Ministry> byCode = Map.of();
    private Ministry current;
    private boolean reloading;
    private String selectAfterReload;
    /** After a quick add the name is the code until the organiser types it: the caret goes there. */
    private boolean focusNameAfterReload;

    @FXML
    private TreeTableView<Ministry> tree;
    @FXML
    private javafx.scene.control.SplitPane root;
    @FXML
    private TreeTableColumn<Ministry, String> codeColumn;
    @FXML
    private TreeTableColumn<Ministry, String> nameColumn;
    @FXML
    private TreeTableColumn<Ministry, Integer> countColumn;
    @FXML
    private Label countLabel;
    @FXML
    private TextField quickAdd;
    @FXML
    private Label quickAddError;
    @FXML
    private Button mergeButton;
    @FXML
    private Button deleteButton;
    @FXML
    private Label noSelection;
    @FXML
    private VBox form;
    @FXML
    private Label heading;
    @FXML
    private TextField nameField;
    @FXML
    private Label nameError;
    @FXML
    private Label parentLabel;
    @FXML
    private MinistryPicker parentPicker;
    @FXML
    private Label parentError;
    @FXML
    private Label usageLabel;

    public MinistriesController(AppContext ctx) {
        this.ctx = ctx;
        this.i18n = ctx.i18n();
    }

    @FXML
    private void initialize() {
        codeColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().code()));
        nameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().getValue().name()));
        countColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(peopleIn(c.getValue().getValue().code())));
        tree.setPlaceholder(new Label(i18n.get("ministries.empty")));
        tree.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!reloading) {
                commitPending();
                showForm(now == null ? null : now.getValue());
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                onDelete();
                e.consume();
            }
        });
        // On a small screen the form is a drawer over the tree, open while a ministry is selected.
        fr.equipage.ui.records.FormDrawer.install(root, tree, tree.getSelectionModel().selectedItemProperty(), () -> { },
                () -> tree.getSelectionModel().clearSelection());
        mergeButton.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
        deleteButton.disableProperty().bind(tree.getSelectionModel().selectedItemProperty().isNull());
        for (Label error : List.of(quickAddError, nameError, parentError)) {
            Fields.prepareError(error);
        }
        quickAdd.setOnAction(e -> onQuickAdd());
        Fields.onCommit(nameField, this::commitName);
        parentLabel.setLabelFor(parentPicker.field());
        parentPicker.field().setPromptText(i18n.get("ministry.form.parent.prompt"));
        parentPicker.setOnChoose(this::commitParent);
        parentPicker.reportErrorsIn(parentError, i18n);
        ctx.dataProperty().addListener((o, a, read) -> show(read.data()));
        show(ctx.data());
    }

    private int peopleIn(String code) {
        return (int) data.participants().stream().filter(p -> code.equals(p.ministry())).count();
    }

    private void show(WorkshopData newData) {
        data = newData;
        byCode = newData.ministryByCode();
        String keep = selectAfterReload != null ? selectAfterReload : current == null ? null : current.code();
        selectAfterReload = null;
        Collator french = Collator.getInstance(I18n.FRENCH);
        TreeItem<Ministry> root = new TreeItem<>(new Ministry("", "", null));
        Map<String, TreeItem<Ministry>> items = new HashMap<>();
        List<Ministry> sorted = newData.ministries().stream()
                .sorted(Comparator.comparing(Ministry::name, french)).toList();
        sorted.forEach(m -> items.put(m.code(), new TreeItem<>(m)));
        for (Ministry m : sorted) {
            TreeItem<Ministry> parent = m.parent() == null ? root : items.getOrDefault(m.parent(), root);
            parent.getChildren().add(items.get(m.code()));
        }
        root.getChildren().forEach(i -> i.setExpanded(true));
        reloading = true;
        try {
            tree.setRoot(root);
            TreeItem<Ministry> again = keep == null ? null : items.get(keep);
            if (again != null) {
                tree.getSelectionModel().select(again);
                tree.scrollTo(Math.max(0, tree.getRow(again) - 3));
            } else {
                tree.getSelectionModel().clearSelection();
            }
            showForm(again == null ? null : again.getValue());
        } finally {
            reloading = false;
        }
        if (focusNameAfterReload && current != null) {
            focusNameAfterReload = false;
            nameField.requestFocus();
            nameField.selectAll();
        }
        long administrations = newData.ministries().stream().filter(m -> m.parent() != null).count();
        countLabel.setText(i18n.format("ministries.count", newData.ministries().size() - administrations, administrations));
    }

    private void showForm(Ministry m) {
        boolean same = m != null && current != null && m.code().equals(current.code());
        current = m;
        form.setVisible(m != null);
        noSelection.setVisible(m == null);
        if (m == null) {
            return;
        }
        if (!same) {
            Fields.error(nameField, nameError, null);
            Fields.error(parentPicker.field(), parentError, null);
        }
        heading.setText(m.code());
        Fields.show(nameField, m.name(), same);
        // A ministry cannot go under itself or under one of its own administrations.
        Set<String> excluded = withDescendants(m.code());
        parentPicker.setMinistries(byCode.values().stream().filter(x -> !excluded.contains(x.code()))
                .collect(Collectors.toMap(Ministry::code, x -> x)));
        parentPicker.show(m.parent(), same);
        long people = peopleIn(m.code());
        long proposals = data.proposals().stream().filter(p -> m.code().equals(p.ministry())).count();
        long children = byCode.values().stream().filter(x -> m.code().equals(x.parent())).count();
        usageLabel.setText(i18n.format("ministry.form.usage", people, proposals, children));
    }

    private Set<String> withDescendants(String code) {
        Set<String> out = new HashSet<>();
        out.add(code);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Ministry x : byCode.values()) {
                if (x.parent() != null && out.contains(x.parent()) && out.add(x.code())) {
                    grew = true;
                }
            }
        }
        return out;
    }

    private void commitPending() {
        if (current != null && Fields.isDirty(nameField)) {
            commitName(nameField.getText());
        }
    }

    private void commitName(String text) {
        if (current == null || text.strip().equals(current.name())) {
            Fields.error(nameField, nameError, null);
            return;
        }
        if (text.isBlank()) {
            Fields.error(nameField, nameError, i18n.get("ministry.form.name.required"));
            return;
        }
        Fields.error(nameField, nameError, null);
        Ministry before = current;
        String name = text.strip();
        current = new Ministry(before.code(), name, before.parent());
        Fields.saved(nameField, name);
        ctx.undo().perform(ctx.services().ministryEdits(ctx.labels()).rename(before, name));
    }

    private void commitParent(String parent) {
        Fields.error(parentPicker.field(), parentError, null);
        if (current == null || Objects.equals(parent, current.parent())) {
            return;
        }
        Ministry before = current;
        current = new Ministry(before.code(), before.name(), parent);
        ctx.undo().perform(ctx.services().ministryEdits(ctx.labels()).move(before, parent));
    }

    private void onQuickAdd() {
        String code = quickAdd.getText().strip();
        if (code.isEmpty()) {
            return;
        }
        if (code.length() > MAX_CODE || code.chars().anyMatch(Character::isWhitespace)) {
            Fields.error(quickAdd, quickAddError, i18n.get("ministries.quickAdd.invalid"));
            return;
        }
        Ministry existing = byCode.values().stream().filter(m -> m.code().equalsIgnoreCase(code)).findFirst().orElse(null);
        if (existing != null) {
            Fields.error(quickAdd, quickAddError, i18n.format("ministries.quickAdd.exists", existing.code()));
            return;
        }
        Fields.error(quickAdd, quickAddError, null);
        quickAdd.clear();
        selectAfterReload = code;
        ctx.undo().perform(ctx.services().ministryEdits(ctx.labels()).add(new Ministry(code, code, null)));
        focusNameAfterReload = true;
    }

    @FXML
    private void onMerge() {
        Ministry from = current;
        if (from == null) {
            return;
        }
        Collator french = Collator.getInstance(I18n.FRENCH);
        List<Ministry> targets = byCode.values().stream().filter(m -> !m.code().equals(from.code()))
                .sorted(Comparator.comparing(Ministry::code, french)).toList();
        // The parent ministry is the usual target (an administration folded back into its ministry).
        Ministry parent = from.parent() == null ? null : byCode.get(from.parent());
        var chosen = Dialogs.choose(ctx, i18n.format("ministries.merge.header", from.code()),
                i18n.get("ministries.merge.into"), targets, parent, Ministries::describe);
        if (chosen.isEmpty()) {
            return;
        }
        Ministry into = chosen.get();
        long people = peopleIn(from.code());
        if (Dialogs.confirm(ctx, i18n.format("ministries.merge.confirmHeader", from.code(), into.code()),
                i18n.format("ministries.merge.content", from.code(), into.code(), people),
                i18n.get("ministries.merge.confirm"))) {
            selectAfterReload = into.code();
            ctx.undo().perform(ctx.services().ministryEdits(ctx.labels()).merge(from, into));
        }
    }

    @FXML
    private void onDelete() {
        Ministry m = current;
        if (m == null) {
            return;
        }
        var edits = ctx.services().ministryEdits(ctx.labels());
        // Used in another workshop counts too: ask the database, not this workshop's data.
        ctx.tasks().run(() -> edits.inUse(m), used -> {
            if (used) {
                Dialogs.inform(ctx, i18n.format("ministries.delete.used", m.code()));
            } else if (Dialogs.confirm(ctx, i18n.format("ministries.delete.header", m.code()),
                    i18n.get("ministries.delete.content"), i18n.get("ministries.delete.confirm"))) {
                ctx.undo().perform(edits.delete(m));
            }
        });
    }
}
