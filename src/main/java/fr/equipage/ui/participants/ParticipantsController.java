package fr.equipage.ui.participants;

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
import java.text.Collator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/**
 * The participants screen: a sortable, filterable table; a quick-add field for late arrivals
 * ("Prénom Nom" then Enter); deletion with confirmation; the form beside it edits the selection.
 */
public class ParticipantsController {
    private final AppContext ctx;
    private TableScreen<Participant> screen;

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
    private TableColumn<Participant, String> choicesColumn;
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
        // Their choices in order, by title: who chose what is read without opening each person.
        column(choicesColumn, this::choices, french);
        screen = new TableScreen<>(ctx, "participants", new People(), formController, root, table, countLabel,
                quickAdd, filterField, deleteButton);
    }

    private static void column(TableColumn<Participant, String> column, Function<Participant, String> value,
                               Collator collator) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setComparator(collator::compare);
    }

    private String choices(Participant p) {
        if (p.choices().isEmpty()) {
            return ctx.i18n().get("participants.choices.none");
        }
        var titles = screen == null ? Map.<String, fr.equipage.model.Proposal>of() : screen.data().proposalById();
        List<String> out = new java.util.ArrayList<>();
        for (int r = 0; r < p.choices().size(); r++) {
            var proposal = titles.get(p.choices().get(r));
            out.add(ctx.i18n().format("participants.choices.item", r + 1,
                    proposal == null || proposal.title().isBlank() ? p.choices().get(r) : proposal.title()));
        }
        return String.join(" · ", out);
    }

    @FXML
    private void onDelete() {
        screen.deleteSelected();
    }

    private final class People implements TableScreen.Rows<Participant> {
        @Override
        public List<Participant> of(WorkshopData data) {
            return data.participants();
        }

        @Override
        public String id(Participant p) {
            return p.id();
        }

        @Override
        public boolean matches(Participant p, String text, Map<String, Ministry> ministries) {
            return Search.matches(text, p.firstName(), p.lastName(), p.email(), p.ministry(),
                    Ministries.describe(p.ministry(), ministries), String.join(" ", p.skills()));
        }

        /** "Camille Martin" + Enter: the person is saved at once and opened in the form. */
        @Override
        public QuickAddEdit quickAdd(String name) {
            return ctx.services().quickAddParticipant(ctx.workshopId(), name, ctx.labels());
        }

        @Override
        public void delete(Participant p) {
            I18n i18n = ctx.i18n();
            if (Dialogs.confirm(ctx, i18n.format("participants.delete.header", p.name()),
                    i18n.get("participants.delete.content"), i18n.get("participants.delete.confirm"))) {
                ctx.undo().perform(ctx.services().participantEdits(ctx.workshopId(), ctx.labels()).delete(p));
            }
        }
    }
}
