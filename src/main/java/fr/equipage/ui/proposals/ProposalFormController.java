package fr.equipage.ui.proposals;

import fr.equipage.ui.controls.Fields;
import fr.equipage.ui.controls.MinistryPicker;
import fr.equipage.ui.controls.ParticipantFields;
import fr.equipage.ui.controls.PickList;
import fr.equipage.ui.controls.TagField;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.I18n;
import fr.equipage.ui.records.FormRecord;
import fr.equipage.ui.records.RecordForm;
import fr.equipage.service.WorkshopData;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.model.ProposalStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The form beside the proposals table; fields save themselves as in the participant form. Team sizes
 * are checked together (1 ≤ min ≤ max): an impossible pair is shown and not saved, so that typing
 * min 10 before max 12 works once both are typed.
 */
public class ProposalFormController implements RecordForm<Proposal> {
    private final AppContext ctx;
    private final I18n i18n;
    private final FormRecord<Proposal> current;
    private WorkshopData data = WorkshopData.empty();
    private Map<String, Ministry> ministries = Map.of();
    private Map<String, Participant> people = Map.of();
    /** True while the status chooser shows a stored value: that is not the organiser's change. */
    private boolean showing;

    @FXML
    private Label noSelection;
    @FXML
    private VBox form;
    @FXML
    private Label heading;
    @FXML
    private TextField titleField;
    @FXML
    private Label titleError;
    @FXML
    private TextArea descriptionField;
    @FXML
    private Label ministryLabel;
    @FXML
    private MinistryPicker ministryPicker;
    @FXML
    private Label ministryError;
    @FXML
    private Label proposersLabel;
    @FXML
    private PickList proposersList;
    @FXML
    private Label skillsLabel;
    @FXML
    private TagField skillsField;
    @FXML
    private TextField minField;
    @FXML
    private TextField maxField;
    @FXML
    private Label sizeError;
    @FXML
    private ComboBox<ProposalStatus> statusChooser;
    @FXML
    private DatePicker statusDatePicker;
    @FXML
    private TextField statusNoteField;
    @FXML
    private Label demandLabel;

    public ProposalFormController(AppContext ctx) {
        this.ctx = ctx;
        this.i18n = ctx.i18n();
        this.current = new FormRecord<>(ctx,
                (key, before, apply, revert) -> ctx.services().proposalEdits(ctx.workshopId(), ctx.labels()).update(key, before, apply, revert));
    }

    @FXML
    private void initialize() {
        for (Label error : List.of(titleError, ministryError, sizeError)) {
            Fields.prepareError(error);
        }
        ministryLabel.setLabelFor(ministryPicker.field());
        proposersLabel.setLabelFor(proposersList.field());
        skillsLabel.setLabelFor(skillsField.field());

        Fields.onCommit(titleField, this::commitTitle);
        Fields.onCommit(descriptionField, this::commitDescription);
        Fields.onCommit(minField, t -> commitSizes());
        Fields.onCommit(maxField, t -> commitSizes());
        ministryPicker.field().setPromptText(i18n.get("participant.form.ministry.prompt"));
        ministryPicker.setOnChoose(this::commitMinistry);
        ministryPicker.reportErrorsIn(ministryError, i18n);

        proposersList.setLabel(id -> ParticipantFields.pickLabel(id, people));
        proposersList.setCandidates(() -> data.participants().stream().map(Participant::id).toList());
        proposersList.setTexts(i18n.get("participant.form.choices.up"), i18n.get("participant.form.choices.down"),
                i18n.get("participant.form.people.remove"), i18n.get("proposal.form.proposers.prompt"));
        proposersList.setPlaceholder(new Label(i18n.get("participant.form.people.empty")));
        proposersList.setOnChange(this::commitProposers);

        skillsField.setPromptText(i18n.get("participant.form.skills.prompt"));
        skillsField.setRemoveText(i18n.get("tags.remove"));
        skillsField.setKnown(() -> data.skillCodes());
        skillsField.setOnChange(this::commitSkills);

        statusChooser.getItems().setAll(ProposalStatus.values());
        statusChooser.setCellFactory(v -> new StatusCell());
        statusChooser.setButtonCell(new StatusCell());
        statusChooser.valueProperty().addListener((o, old, status) -> {
            if (!showing) {
                commitStatus(status);
            }
        });
        statusDatePicker.valueProperty().addListener((o, old, day) -> {
            if (!showing && current.get() != null) {
                current.change("edit.proposal.statusDate", day, Proposal::statusDate,
                        (p, d) -> p.withFollowUp(p.status(), d, p.statusNote()));
            }
        });
        Fields.onCommit(statusNoteField, this::commitStatusNote);
        show(null, WorkshopData.empty());
    }

    @Override
    public void show(Proposal p, WorkshopData newData) {
        boolean same = p != null && current.get() != null && p.id().equals(current.get().id());
        data = newData;
        ministries = newData.ministryByCode();
        people = newData.participantById();
        ministryPicker.setMinistries(ministries);
        current.set(p);
        form.setVisible(p != null);
        noSelection.setVisible(p == null);
        if (p == null) {
            return;
        }
        if (!same) {
            Fields.error(titleField, titleError, null);
            Fields.error(ministryPicker.field(), ministryError, null);
            sizeErrorShown(null);
        }
        heading.setText(p.id() + " — " + (p.title().isEmpty() ? i18n.get("proposal.form.untitled") : p.title()));
        Fields.show(titleField, p.title(), same);
        Fields.show(descriptionField, p.description(), same);
        ministryPicker.show(p.ministry(), same);
        proposersList.setValues(p.proposers());
        skillsField.setValues(p.skills());
        Fields.show(minField, Integer.toString(p.minSize()), same);
        Fields.show(maxField, Integer.toString(p.maxSize()), same);
        Fields.show(statusNoteField, p.statusNote(), same);
        showing = true;
        try {
            statusChooser.setValue(p.status());
            statusDatePicker.setValue(p.statusDate());
        } finally {
            showing = false;
        }
        demandLabel.setText(demand(newData.rankCounts(p.id())));
    }

    @Override
    public void commitPending() {
        if (current.get() == null) {
            return;
        }
        if (Fields.isDirty(titleField)) {
            commitTitle(titleField.getText());
        }
        if (Fields.isDirty(descriptionField)) {
            commitDescription(descriptionField.getText());
        }
        if (Fields.isDirty(statusNoteField)) {
            commitStatusNote(statusNoteField.getText());
        }
        if (Fields.isDirty(minField) || Fields.isDirty(maxField)) {
            commitSizes();
        }
    }

    /** After a quick add the title is known: the carrying ministry comes next. */
    @Override
    public void focusAfterQuickAdd() {
        ministryPicker.field().requestFocus();
    }

    /** "1er choix : 4 · 2e choix : 2 — 6 participants l'ont choisie", or that nobody chose it yet. */
    private String demand(int[] counts) {
        List<String> parts = new ArrayList<>();
        int total = 0;
        for (int rank = 0; rank < counts.length; rank++) {
            if (counts[rank] > 0) {
                parts.add(i18n.format("proposal.demand.part", i18n.format("rank.ordinal", rank + 1), counts[rank]));
                total += counts[rank];
            }
        }
        return total == 0 ? i18n.get("proposal.demand.none")
                : i18n.format("proposal.demand.summary", String.join(" · ", parts), total);
    }

    private void commitTitle(String text) {
        if (current.get() == null || text.strip().equals(current.get().title())) {
            Fields.error(titleField, titleError, null);
            return;
        }
        if (text.isBlank()) {
            Fields.error(titleField, titleError, i18n.get("proposal.form.title.required"));
            return;
        }
        Fields.error(titleField, titleError, null);
        String value = text.strip();
        String old = current.get().title();
        current.edit("edit.proposal.title", titleField, value,
                p -> p.withTitle(value),
                p -> p.withTitle(old));
    }

    private void commitDescription(String text) {
        if (current.get() == null || text.strip().equals(current.get().description())) {
            return;
        }
        String value = text.strip();
        String old = current.get().description();
        current.edit("edit.proposal.description", descriptionField, value,
                p -> p.withDescription(value),
                p -> p.withDescription(old));
    }

    private void commitMinistry(String code) {
        Fields.error(ministryPicker.field(), ministryError, null);
        current.change("edit.proposal.ministry", code, Proposal::ministry, Proposal::withMinistry);
    }

    private void commitProposers(List<String> proposers) {
        current.change("edit.proposal.proposers", proposers, Proposal::proposers, Proposal::withProposers);
    }

    private void commitSkills(List<String> skills) {
        current.change("edit.proposal.skills", skills, Proposal::skills, Proposal::withSkills);
    }

    /** A new status is dated today; the organiser can change the day beside it. */
    private void commitStatus(ProposalStatus status) {
        Proposal before = current.get();
        if (status == null || before == null || status == before.status()) {
            return;
        }
        LocalDate today = LocalDate.now();
        current.edit("edit.proposal.status", null, null, p -> p.withFollowUp(status, today, p.statusNote()),
                p -> p.withFollowUp(before.status(), before.statusDate(), p.statusNote()));
    }

    private void commitStatusNote(String text) {
        if (current.get() == null || text.strip().equals(current.get().statusNote())) {
            return;
        }
        String value = text.strip();
        String old = current.get().statusNote();
        current.edit("edit.proposal.statusNote", statusNoteField, value,
                p -> p.withFollowUp(p.status(), p.statusDate(), value),
                p -> p.withFollowUp(p.status(), p.statusDate(), old));
    }

    /** Both sizes are read and checked together; nothing is saved unless 1 ≤ min ≤ max. */
    private void commitSizes() {
        if (current.get() == null) {
            return;
        }
        Integer min = parse(minField.getText());
        Integer max = parse(maxField.getText());
        if (min == null || max == null) {
            sizeErrorShown(i18n.get("proposal.form.size.notNumber"));
            return;
        }
        if (min < 1 || min > max) {
            sizeErrorShown(i18n.format("proposal.form.size.invalid", min, max));
            return;
        }
        sizeErrorShown(null);
        if (min == current.get().minSize() && max == current.get().maxSize()) {
            return;
        }
        int oldMin = current.get().minSize();
        int oldMax = current.get().maxSize();
        Fields.saved(minField, Integer.toString(min));
        current.edit("edit.proposal.size", maxField, Integer.toString(max),
                p -> p.withSizes(min, max),
                p -> p.withSizes(oldMin, oldMax));
    }

    private void sizeErrorShown(String message) {
        Fields.error(minField, sizeError, message);
        Fields.error(maxField, sizeError, message);
    }

    private static Integer parse(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private final class StatusCell extends ListCell<ProposalStatus> {
        @Override
        protected void updateItem(ProposalStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(empty || status == null ? null : i18n.get("proposal.status." + status.name()));
        }
    }
}
