package fr.equipage.ui.importing;

import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.I18n;
import fr.equipage.ui.framework.Views;
import fr.equipage.io.ColumnMapping;
import fr.equipage.io.ColumnTarget;
import fr.equipage.io.ImportKind;
import fr.equipage.io.ImportPlan;
import fr.equipage.io.ImportPlanner;
import fr.equipage.io.ImportReport;
import fr.equipage.io.ImportResult;
import fr.equipage.io.ImportSource;
import fr.equipage.io.Issue;
import fr.equipage.io.SheetSetup;
import fr.equipage.io.SourceRow;
import fr.equipage.io.Texts;
import fr.equipage.io.UnreadableFileException;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

/**
 * The import dialog: the organiser chooses one or more files, checks the proposed column mapping on a
 * preview (a list above each column changes it), reads the report, then imports (all of it, or
 * skipping the rows in error). Reading and checking run on a background thread, the write on the
 * database thread; each change of mapping re-checks the file, and a stale result is dropped.
 */
public class ImportController {
    private final AppContext ctx;
    private final I18n i18n;
    /** Bumped at each new analysis: results of an older one are ignored. */
    private final AtomicInteger generation = new AtomicInteger();
    private ImportSource source;
    private ImportPlan plan;
    /** The unknown ministry texts of the file and what the organiser chose for each. */
    private UnknownMinistries ministries;
    /** The unknown training spellings and the theme the organiser chose for each. */
    private UnknownTrainings trainings;

    @FXML
    private Button chooseButton;
    @FXML
    private Label fileLabel;
    @FXML
    private Label formatLabel;
    @FXML
    private Label sheetLabel;
    @FXML
    private ComboBox<SheetSetup> sheetChooser;
    @FXML
    private CheckBox includeSheet;
    @FXML
    private Label kindLabel;
    @FXML
    private ComboBox<ImportKind> kindChooser;
    @FXML
    private TableView<SourceRow> preview;
    @FXML
    private Label summaryLabel;
    @FXML
    private Button applyMappingButton;
    @FXML
    private VBox ministriesBox;
    @FXML
    private javafx.scene.layout.GridPane ministriesGrid;
    @FXML
    private VBox trainingsBox;
    @FXML
    private javafx.scene.layout.GridPane trainingsGrid;
    @FXML
    private TableView<Issue> issues;
    @FXML
    private TableColumn<Issue, String> severityColumn;
    @FXML
    private TableColumn<Issue, String> whereColumn;
    @FXML
    private TableColumn<Issue, String> rowColumn;
    @FXML
    private TableColumn<Issue, String> columnColumn;
    @FXML
    private TableColumn<Issue, String> valueColumn;
    @FXML
    private TableColumn<Issue, String> messageColumn;
    @FXML
    private Label statusLabel;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Button importButton;
    @FXML
    private Button importSkippingButton;
    @FXML
    private Button closeButton;

    public ImportController(AppContext ctx) {
        this.ctx = ctx;
        this.i18n = ctx.i18n();
    }

    /** Opens the dialog over the main window. */
    public static ImportController show(AppContext ctx) {
        Views.Loaded<ImportController> view = Views.load(ctx, "import");
        Stage stage = new Stage();
        stage.setTitle(ctx.i18n().get("import.title"));
        if (ctx.windowProperty().get() != null) {
            stage.initOwner(ctx.windowProperty().get());
            stage.initModality(javafx.stage.Modality.WINDOW_MODAL);
        }
        javafx.scene.Scene scene = new javafx.scene.Scene(view.root());
        if (ctx.windowProperty().get() != null && ctx.windowProperty().get().getScene() != null) {
            scene.getStylesheets().addAll(ctx.windowProperty().get().getScene().getStylesheets());
        }
        stage.setScene(scene);
        stage.show();
        return view.controller();
    }

    @FXML
    private void initialize() {
        ministries = new UnknownMinistries(ministriesGrid, i18n);
        trainings = new UnknownTrainings(trainingsBox, trainingsGrid, i18n);
        sheetLabel.setLabelFor(sheetChooser);
        kindLabel.setLabelFor(kindChooser);
        text(severityColumn, i -> i18n.get("import.severity." + i.severity().name()));
        text(whereColumn, i -> i.sheet() == null ? i.file() : i.file() + " [" + i.sheet() + "]");
        text(rowColumn, i -> i.row() > 0 ? String.valueOf(i.row()) : "");
        text(columnColumn, Issue::column);
        text(valueColumn, i -> Texts.excerpt(i.value()));
        text(messageColumn, i -> i.message(i18n.locale()));
        issues.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(Issue item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("danger", "warning");
                if (!empty && item != null) {
                    getStyleClass().add(item.isError() ? "danger" : "warning");
                }
            }
        });
        kindChooser.getItems().setAll(ImportKind.values());
        kindChooser.setConverter(Converters.of(k -> i18n.get("import.kind." + k.name())));
        sheetChooser.setConverter(Converters.of(SheetSetup::name));
        sheetChooser.valueProperty().addListener((o, a, s) -> showSheet(s));
        includeSheet.selectedProperty().addListener((o, a, on) -> {
            SheetSetup s = sheetChooser.getValue();
            if (s != null && s.included() != on) {
                s.setIncluded(on);
                analyse();
            }
        });
        kindChooser.valueProperty().addListener((o, a, k) -> {
            SheetSetup s = sheetChooser.getValue();
            if (s != null && k != null && s.kind() != k) {
                s.setKind(k);
                analyse();
            }
        });
        fileLabel.setText(i18n.get("import.noFile"));
        setSheetControlsVisible(false);
        setCommitState(false, false);
    }

    @FXML
    private void onChoose() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("import.chooser.title"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(i18n.get("import.chooser.filter"), "*.csv", "*.tsv", "*.txt", "*.xls",
                        "*.xlsx", "*.ods", "*.CSV", "*.XLSX", "*.ODS", "*.XLS", "*.TXT"),
                new FileChooser.ExtensionFilter(i18n.get("import.chooser.all"), "*"));
        List<File> chosen = chooser.showOpenMultipleDialog(chooseButton.getScene().getWindow());
        if (chosen != null && !chosen.isEmpty()) {
            load(chosen.stream().map(File::toPath).toList());
        }
    }

    /** Reads the files and proposes a mapping (also the entry point of tests). */
    public void load(List<Path> files) {
        int gen = generation.incrementAndGet();
        plan = null;
        setCommitState(false, false);
        working(i18n.get("import.reading"));
        fileLabel.setText(files.stream().map(p -> p.getFileName().toString()).collect(Collectors.joining(", ")));
        ctx.tasks().compute(() -> {
            try {
                ImportSource opened = ImportSource.open(files, null);
                Platform.runLater(() -> {
                    if (gen == generation.get()) {
                        opened(opened);
                    }
                });
            } catch (UnreadableFileException | RuntimeException e) {
                Platform.runLater(() -> failed(gen, e));
            }
        });
    }

    private void opened(ImportSource opened) {
        source = opened;
        formatLabel.setText(opened.description());
        sheetChooser.getItems().setAll(opened.sheets());
        setSheetControlsVisible(opened.sheets().size() > 1);
        kindLabel.setVisible(true);
        kindChooser.setVisible(true);
        SheetSetup first = opened.sheets().stream().filter(SheetSetup::included).findFirst().orElse(opened.sheets().get(0));
        sheetChooser.setValue(first);
        showSheet(first);
        analyse();
    }

    private void setSheetControlsVisible(boolean on) {
        for (javafx.scene.Node n : List.of(sheetLabel, sheetChooser, includeSheet)) {
            n.setVisible(on);
            n.setManaged(on);
        }
        kindLabel.setVisible(source != null);
        kindChooser.setVisible(source != null);
    }

    /** The preview of a sheet: one table column per file column, its mapping in a list above it. */
    private void showSheet(SheetSetup s) {
        preview.getColumns().clear();
        if (s == null) {
            preview.getItems().clear();
            return;
        }
        includeSheet.setSelected(s.included());
        kindChooser.setValue(s.kind());
        ColumnMapping m = s.mapping();
        int width = Math.max(m.size(), s.preview().stream().mapToInt(r -> r.cells().size()).max().orElse(0));
        for (int c = 0; c < width; c++) {
            int column = c;
            TableColumn<SourceRow, String> col = new TableColumn<>();
            col.setSortable(false);
            col.setPrefWidth(150);
            col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(Texts.excerpt(cell.getValue().cell(column))));
            if (column < m.size()) {
                ComboBox<ColumnTarget> target = new ComboBox<>(FXCollections.observableArrayList(ColumnTarget.all()));
                target.setId("importTarget" + column);
                target.setConverter(Converters.of(this::label));
                target.setButtonCell(new TargetCell());
                target.setValue(m.target(column));
                target.setMaxWidth(Double.MAX_VALUE);
                target.valueProperty().addListener((o, a, t) -> {
                    m.set(column, t);
                    analyse();
                });
                Label header = new Label(m.header(column));
                header.getStyleClass().add("text-bold");
                VBox graphic = new VBox(2, header, target);
                col.setGraphic(graphic);
            }
            preview.getColumns().add(col);
        }
        preview.getItems().setAll(s.preview().stream().filter(r -> r.number() > m.headerRow()).toList());
    }

    /** Checks every row with the current setup, in the background. */
    private void analyse() {
        if (source == null) {
            return;
        }
        int gen = generation.incrementAndGet();
        plan = null;
        setCommitState(false, false);
        working(i18n.get("import.analysing"));
        ImportSource current = source;
        var imports = ctx.services().imports();
        long workshop = ctx.workshopId();
        ctx.tasks().run(() -> imports.snapshot(workshop), snapshot -> ctx.tasks().compute(() -> {
                    try {
                        ImportPlan planned = ImportPlanner.plan(current, snapshot);
                        Platform.runLater(() -> {
                            if (gen == generation.get()) {
                                ministries.know(snapshot.ministries());
                                trainings.know(snapshot.trainingThemes());
                                planned(planned);
                            }
                        });
                    } catch (UnreadableFileException | RuntimeException e) {
                        Platform.runLater(() -> failed(gen, e));
                    }
                }));
    }

    private void planned(ImportPlan p) {
        plan = p;
        busy.setVisible(false);
        ImportReport r = p.report();
        // A field the mapping would lose comes first, in plain words, with the mapping proposed.
        StringBuilder summary = new StringBuilder();
        r.mappingProblems().forEach(m -> summary.append(m.text().format(i18n.locale())).append('\n'));
        boolean mappingToCheck = !r.mappingProblems().isEmpty();
        applyMappingButton.setVisible(mappingToCheck);
        applyMappingButton.setManaged(mappingToCheck);
        summary.append(i18n.format("import.summary", r.rowsRead(), r.rowsRefused(),
                r.participantsAdded(), r.participantsUpdated(), r.participantsUnchanged(), r.proposalsAdded(),
                r.proposalsUpdated(), r.proposalsUnchanged()));
        if (!r.newProposals().isEmpty()) {
            summary.append('\n').append(i18n.format("import.summary.newProposals", r.newProposals().stream()
                    .map(n -> i18n.format("import.summary.quoted", n.title())).collect(Collectors.joining(", "))));
        }
        if (!r.unknownMinistries().isEmpty()) {
            summary.append('\n').append(i18n.format("import.summary.unknownMinistries", r.unknownMinistries().stream()
                    .map(u -> "« " + u.text() + " » → " + u.proposedCode()).collect(Collectors.joining(", "))));
        }
        if (r.issuesNotShown() > 0) {
            summary.append('\n').append(i18n.format("import.summary.more", r.issuesNotShown()));
        }
        summaryLabel.setText(summary.toString());
        ministriesBox.setVisible(!p.report().unknownMinistries().isEmpty());
        ministriesBox.setManaged(!p.report().unknownMinistries().isEmpty());
        ministries.show(p, () -> plan);
        trainings.show(p, () -> plan);
        issues.getItems().setAll(r.issues());
        if (mappingToCheck) {
            statusLabel.setText(i18n.get("import.mapping.blocked"));
            setCommitState(false, false);
            return;
        }
        statusLabel.setText(i18n.get(r.hasErrors() ? "import.blocked" : "import.ready"));
        setCommitState(p.hasWork() && !r.hasErrors(), p.hasWork() && r.hasErrors());
    }

    /** Applies the mapping the check proposed (or confirms the choice columns), then checks again. */
    @FXML
    private void onApplyMapping() {
        ImportPlan p = plan;
        if (p == null) {
            return;
        }
        p.report().mappingProblems().forEach(fr.equipage.io.MappingProblem::apply);
        showSheet(sheetChooser.getValue());
        analyse();
    }

    private void failed(int gen, Throwable e) {
        if (gen != generation.get()) {
            return;
        }
        busy.setVisible(false);
        statusLabel.setText(e.getMessage() == null ? e.toString() : e.getMessage());
        issues.getItems().clear();
        summaryLabel.setText("");
        // Nothing of a previously opened file stays on screen beside the refusal of this one.
        source = null;
        formatLabel.setText("");
        sheetChooser.getItems().clear();
        setSheetControlsVisible(false);
        showSheet(null);
        setCommitState(false, false);
    }

    @FXML
    private void onImport() {
        commit(false);
    }

    @FXML
    private void onImportSkipping() {
        commit(true);
    }

    private void commit(boolean skipInvalid) {
        ImportPlan p = plan;
        if (p == null) {
            return;
        }
        generation.incrementAndGet();
        setCommitState(false, false);
        working(i18n.get("import.writing"));
        var imports = ctx.services().imports();
        long workshop = ctx.workshopId();
        ctx.tasks().run(() -> {
            try {
                return imports.commit(workshop, p, skipInvalid, n -> { });
            } catch (fr.equipage.io.ImportRefusedException e) {
                return e;
            }
        }, outcome -> {
            busy.setVisible(false);
            if (outcome instanceof ImportResult result) {
                statusLabel.setText(i18n.format("import.done", result.summary(i18n.locale())));
                plan = null;
                ctx.dataChanged();
            } else {
                statusLabel.setText(((Exception) outcome).getMessage());
                setCommitState(!p.report().hasErrors(), p.report().hasErrors());
                plan = p;
            }
        });
    }

    @FXML
    private void onClose() {
        generation.incrementAndGet();
        ((Stage) closeButton.getScene().getWindow()).close();
    }

    private void working(String what) {
        busy.setVisible(true);
        statusLabel.setText(what);
    }

    private void setCommitState(boolean importable, boolean onlySkipping) {
        importButton.setDisable(!importable);
        importSkippingButton.setVisible(onlySkipping);
        importSkippingButton.setManaged(onlySkipping);
    }

    private String label(ColumnTarget t) {
        return t.text().format(i18n.locale());
    }

    private final class TargetCell extends ListCell<ColumnTarget> {
        @Override
        protected void updateItem(ColumnTarget item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : label(item));
        }
    }

    private static void text(TableColumn<Issue, String> column, Function<Issue, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }
}
