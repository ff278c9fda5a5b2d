package fr.equipage.ui.trainings;

import fr.equipage.engine.InviteLists.InviteList;
import fr.equipage.model.SpeakerIdea;
import fr.equipage.service.Season;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.I18n;
import fr.equipage.ui.framework.ScreenKeys;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The « Formations » screen: on the left what people asked for (a bar per theme with its number, the
 * breakdown by ministry and the speaker ideas of the chosen theme), on the right the season's
 * programme and each session's invite list. Every edit is undoable and saved at once; the screen
 * reads the season again after each saved change, as the other screens read the workshop.
 */
public class TrainingsController {
    private final AppContext ctx;
    private DemandList demand;
    private CatalogueActions catalogue;
    private IdeasPanel ideas;
    private ProgrammePanel programme;
    private Season season;
    private DemandChart chart;
    /** Numbers the reads: an answer older than the last one asked for is dropped. */
    private long reads;

    @FXML
    private SplitPane root;
    @FXML
    private Label demandCount;
    @FXML
    private MenuButton catalogueMenu;
    @FXML
    private MenuItem renameThemeItem;
    @FXML
    private MenuItem mergeThemeItem;
    @FXML
    private MenuItem removeThemeItem;
    @FXML
    private ListView<DemandChart.Bar> demandList;
    @FXML
    private Label demandHint;
    @FXML
    private Label themeTitle;
    @FXML
    private javafx.scene.control.Tab ministryTab;
    @FXML
    private javafx.scene.control.Tab ideasTab;
    @FXML
    private TableView<DemandChart.MinistryCount> ministryTable;
    @FXML
    private TableColumn<DemandChart.MinistryCount, String> ministryNameColumn;
    @FXML
    private TableColumn<DemandChart.MinistryCount, Number> ministryPeopleColumn;
    @FXML
    private ListView<SpeakerIdea> ideasList;
    @FXML
    private Button addIdeaButton;
    @FXML
    private Button editIdeaButton;
    @FXML
    private Button removeIdeaButton;
    @FXML
    private TableView<InviteList> sessionsTable;
    @FXML
    private TableColumn<InviteList, String> sessionDateColumn;
    @FXML
    private TableColumn<InviteList, String> sessionThemeColumn;
    @FXML
    private TableColumn<InviteList, String> sessionSpeakerColumn;
    @FXML
    private TableColumn<InviteList, String> sessionSeatsColumn;
    @FXML
    private TableColumn<InviteList, String> sessionPlaceColumn;
    @FXML
    private Button editSessionButton;
    @FXML
    private Button removeSessionButton;
    @FXML
    private Label invitesTitle;
    @FXML
    private Label invitesExplanation;
    @FXML
    private TableView<ProgrammeTexts.InviteRow> invitesTable;
    @FXML
    private TableColumn<ProgrammeTexts.InviteRow, String> inviteRankColumn;
    @FXML
    private TableColumn<ProgrammeTexts.InviteRow, String> inviteNameColumn;
    @FXML
    private TableColumn<ProgrammeTexts.InviteRow, String> inviteMinistryColumn;
    @FXML
    private TableColumn<ProgrammeTexts.InviteRow, String> inviteEmailColumn;
    @FXML
    private MenuButton exportInvitesMenu;
    @FXML
    private Label exportStatus;

    public TrainingsController(AppContext ctx) {
        this.ctx = ctx;
    }

    /** The controller of a loaded « Formations » view (tests reach its export destination through it). */
    public static TrainingsController of(Parent view) {
        return (TrainingsController) view.getProperties().get(TrainingsController.class);
    }

    @FXML
    private void initialize() {
        root.getProperties().put(TrainingsController.class, this);
        I18n i18n = ctx.i18n();
        demand = new DemandList(demandList, joined -> i18n.format("trainings.demand.ideas", joined));
        catalogue = new CatalogueActions(ctx, this::selectedTheme, () -> season);
        ideas = new IdeasPanel(ctx, ideasList, () -> season, this::selectedTheme);
        programme = new ProgrammePanel(ctx, new ProgrammePanel.Controls(sessionsTable, sessionDateColumn, sessionThemeColumn, sessionSpeakerColumn, sessionSeatsColumn, sessionPlaceColumn,
                editSessionButton, removeSessionButton, invitesTitle, invitesExplanation, invitesTable, inviteRankColumn,
                inviteNameColumn, inviteMinistryColumn, inviteEmailColumn, exportInvitesMenu, exportStatus));
        ministryNameColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().ministry()));
        ministryPeopleColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().people()));
        demandList.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showTheme());
        var noTheme = demandList.getSelectionModel().selectedItemProperty().isNull();
        renameThemeItem.disableProperty().bind(noTheme);
        mergeThemeItem.disableProperty().bind(noTheme);
        removeThemeItem.disableProperty().bind(noTheme);
        addIdeaButton.disableProperty().bind(noTheme);
        var noIdea = ideasList.getSelectionModel().selectedItemProperty().isNull();
        editIdeaButton.disableProperty().bind(noIdea);
        removeIdeaButton.disableProperty().bind(noIdea);
        demandList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.F2) {
                onRenameTheme();
            } else if (e.getCode() == KeyCode.INSERT) {
                onAddTheme();
            } else if (e.getCode() == KeyCode.ENTER) {
                onAddSession();
            } else {
                return;
            }
            e.consume();
        });
        ScreenKeys.install(root, Map.of(
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::onAddSession,
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN), this::onExportSessionCsv));
        ctx.dataProperty().addListener((o, a, b) -> reload());
        reload();
    }

    void setDestination(InviteDestination destination) {
        programme.setDestination(destination);
    }

    /** Reads the season again (after any saved change, or another workshop opened). */
    private void reload() {
        if (ctx.workshop() == null) {
            return;
        }
        long number = ++reads;
        long workshop = ctx.workshopId();
        ctx.tasks().run(() -> ctx.services().season(workshop).read(), read -> {
            if (number == reads && ctx.workshop() != null && ctx.workshopId() == workshop) {
                show(read);
            }
        });
    }

    private void show(Season read) {
        season = read;
        I18n i18n = ctx.i18n();
        ProgrammeTexts texts = new ProgrammeTexts(i18n);
        chart = DemandChart.of(read.demand(), i18n);
        demand.show(chart, texts.ideasByTheme(read));
        demandCount.setText(texts.askingCount(read));
        demandHint.setText(i18n.get(chart.empty() ? "trainings.demand.empty" : "trainings.demand.hint"));
        showTheme();
        programme.show(read);
    }

    /** The chosen theme's breakdown by ministry and speaker ideas. */
    private void showTheme() {
        String theme = selectedTheme();
        I18n i18n = ctx.i18n();
        var bar = theme == null || chart == null ? null : chart.bar(theme).orElse(null);
        themeTitle.setText(bar == null ? i18n.get("trainings.theme.none")
                : i18n.format("trainings.theme.title", bar.theme(), bar.value()));
        ministryTable.getItems().setAll(bar == null ? List.of() : bar.byMinistry());
        int count = ideas.show();
        ideasTab.setText(i18n.format("trainings.ideas.tab", count));
    }

    private String selectedTheme() {
        return demand.selectedTheme();
    }

    @FXML
    private void onAddTheme() {
        catalogue.add(demand::choose);
    }

    @FXML
    private void onRenameTheme() {
        catalogue.rename(demand::choose);
    }

    @FXML
    private void onMergeTheme() {
        catalogue.merge(demand::choose);
    }

    @FXML
    private void onRemoveTheme() {
        catalogue.remove();
    }

    @FXML
    private void onAddIdea() {
        ideas.add();
    }

    @FXML
    private void onEditIdea() {
        ideas.edit();
    }

    @FXML
    private void onRemoveIdea() {
        ideas.remove();
    }

    @FXML
    private void onAddSession() {
        programme.add(selectedTheme());
    }

    @FXML
    private void onEditSession() {
        programme.edit();
    }

    @FXML
    private void onRemoveSession() {
        programme.remove();
    }

    @FXML
    private void onExportSessionCsv() {
        programme.export(false, false);
    }

    @FXML
    private void onExportSessionXlsx() {
        programme.export(false, true);
    }

    @FXML
    private void onExportAllCsv() {
        programme.export(true, false);
    }

    @FXML
    private void onExportAllXlsx() {
        programme.export(true, true);
    }
}
