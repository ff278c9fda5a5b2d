package fr.equipage.ui.participants;

import fr.equipage.ui.controls.Fields;
import fr.equipage.ui.controls.MinistryPicker;
import fr.equipage.ui.controls.ParticipantFields;
import fr.equipage.ui.controls.PickList;
import fr.equipage.ui.controls.TagField;
import fr.equipage.ui.framework.AppContext;
import fr.equipage.ui.framework.I18n;
import fr.equipage.ui.records.FormRecord;
import fr.equipage.ui.records.RecordForm;
import fr.equipage.service.ParticipantEdits;
import fr.equipage.service.WorkshopData;
import fr.equipage.model.Ministry;
import fr.equipage.model.Participant;
import fr.equipage.model.Proposal;
import fr.equipage.model.PairKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The form beside the participants table. Each field saves itself (Enter, leaving the field, or a
 * list change) as one undoable edit; invalid text stays in the field with a message and is not saved.
 */
public class ParticipantFormController implements RecordForm<Participant> {
    /** Deliberately loose: catches typos (no @, spaces, no domain) without refusing real addresses. */
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$");

    private final AppContext ctx;
    private final I18n i18n;
    /** The person shown, updated at once when the organiser changes a field (before the reload). */
    private final FormRecord<Participant> current;
    private WorkshopData data = WorkshopData.empty();
    private Map<String, Ministry> ministries = Map.of();
    private Map<String, Participant> people = Map.of();
    private Map<String, Proposal> proposals = Map.of();

    @FXML
    private Label noSelection;
    @FXML
    private VBox form;
    @FXML
    private Label heading;
    @FXML
    private TextField firstNameField;
    @FXML
    private TextField lastNameField;
    @FXML
    private Label nameError;
    @FXML
    private Label emailLabel;
    @FXML
    private TextField emailField;
    @FXML
    private Label emailError;
    @FXML
    private Label ministryLabel;
    @FXML
    private MinistryPicker ministryPicker;
    @FXML
    private Label ministryError;
    @FXML
    private Label skillsLabel;
    @FXML
    private TagField skillsField;
    @FXML
    private Label interestsLabel;
    @FXML
    private TagField interestsField;
    @FXML
    private Label offersLabel;
    @FXML
    private TagField offersField;
    @FXML
    private Label seeksLabel;
    @FXML
    private TagField seeksField;
    @FXML
    private Label choicesLabel;
    @FXML
    private PickList choicesList;
    @FXML
    private Label apartLabel;
    @FXML
    private PickList apartList;
    @FXML
    private Label togetherLabel;
    @FXML
    private PickList togetherList;

    public ParticipantFormController(AppContext ctx) {
        this.ctx = ctx;
        this.i18n = ctx.i18n();
        this.current = new FormRecord<>(ctx,
                (key, before, apply, revert) -> ctx.services().participantEdits(ctx.workshopId(), ctx.labels()).update(key, before, apply, revert));
    }

    @FXML
    private void initialize() {
        for (Label error : List.of(nameError, emailError, ministryError)) {
            Fields.prepareError(error);
        }
        emailLabel.setLabelFor(emailField);
        ministryLabel.setLabelFor(ministryPicker.field());
        skillsLabel.setLabelFor(skillsField.field());
        interestsLabel.setLabelFor(interestsField.field());
        offersLabel.setLabelFor(offersField.field());
        seeksLabel.setLabelFor(seeksField.field());
        choicesLabel.setLabelFor(choicesList.listView());
        apartLabel.setLabelFor(apartList.field());
        togetherLabel.setLabelFor(togetherList.field());

        Fields.onCommit(firstNameField, this::commitFirstName);
        Fields.onCommit(lastNameField, this::commitLastName);
        Fields.onCommit(emailField, this::commitEmail);
        ministryPicker.field().setPromptText(i18n.get("participant.form.ministry.prompt"));
        ministryPicker.setOnChoose(this::commitMinistry);
        ministryPicker.reportErrorsIn(ministryError, i18n);

        setUpTags(skillsField, "participant.form.skills.prompt", () -> data.skillCodes(), this::commitSkills);
        setUpTags(interestsField, "participant.form.interests.prompt", () -> data.interestCodes(), this::commitInterests);
        setUpTags(offersField, "participant.form.offers.prompt", () -> data.knowHowCodes(),
                v -> current.change("edit.participant.offers", v, Participant::offers, Participant::withOffers));
        setUpTags(seeksField, "participant.form.seeks.prompt", () -> data.knowHowCodes(),
                v -> current.change("edit.participant.seeks", v, Participant::seeks, Participant::withSeeks));

        choicesList.setOrdered(true);
        choicesList.setLabel(this::proposalLabel);
        choicesList.setCandidates(() -> data.proposals().stream().map(Proposal::id).toList());
        choicesList.setTexts(i18n.get("participant.form.choices.up"), i18n.get("participant.form.choices.down"),
                i18n.get("participant.form.choices.remove"), i18n.get("participant.form.choices.prompt"));
        choicesList.setPlaceholder(new Label(i18n.get("participant.form.choices.empty")));
        choicesList.setOnChange(this::commitChoices);

        setUpPeople(apartList, PairKind.APART, "participant.form.apart.prompt");
        setUpPeople(togetherList, PairKind.TOGETHER, "participant.form.together.prompt");
        show(null, WorkshopData.empty());
    }

    private void setUpTags(TagField tags, String promptKey, java.util.function.Supplier<List<String>> known,
                           java.util.function.Consumer<List<String>> commit) {
        tags.setPromptText(i18n.get(promptKey));
        tags.setRemoveText(i18n.get("tags.remove"));
        tags.setKnown(known);
        tags.setOnChange(commit);
    }

    private void setUpPeople(PickList list, PairKind kind, String promptKey) {
        list.setLabel(this::personLabel);
        list.setCandidates(() -> data.participants().stream().map(Participant::id)
                .filter(id -> current.get() != null && !id.equals(current.get().id())).toList());
        list.setTexts(i18n.get("participant.form.choices.up"), i18n.get("participant.form.choices.down"),
                i18n.get("participant.form.people.remove"), i18n.get(promptKey));
        list.setPlaceholder(new Label(i18n.get("participant.form.people.empty")));
        list.setOnChange(ids -> commitPairs(kind, ids));
    }

    /** The participant to show (null: none selected) with the data it was read with. */
    @Override
    public void show(Participant p, WorkshopData newData) {
        boolean same = p != null && current.get() != null && p.id().equals(current.get().id());
        data = newData;
        ministries = newData.ministryByCode();
        people = newData.participantById();
        proposals = newData.proposalById();
        ministryPicker.setMinistries(ministries);
        current.set(p);
        form.setVisible(p != null);
        noSelection.setVisible(p == null);
        if (p == null) {
            return;
        }
        if (!same) {
            for (var pair : List.of(java.util.Map.entry(firstNameField, nameError), java.util.Map.entry(lastNameField, nameError),
                    java.util.Map.entry(emailField, emailError))) {
                Fields.error(pair.getKey(), pair.getValue(), null);
            }
            Fields.error(ministryPicker.field(), ministryError, null);
        }
        heading.setText(p.name().isEmpty() ? i18n.get("participant.form.unnamed") : p.name());
        Fields.show(firstNameField, p.firstName(), same);
        Fields.show(lastNameField, p.lastName(), same);
        Fields.show(emailField, p.email(), same);
        ministryPicker.show(p.ministry(), same);
        skillsField.setValues(p.skills());
        interestsField.setValues(p.interests());
        offersField.setValues(p.offers());
        seeksField.setValues(p.seeks());
        choicesList.setValues(p.choices());
        apartList.setValues(sortedByName(newData.partnersOf(PairKind.APART, p.id())));
        togetherList.setValues(sortedByName(newData.partnersOf(PairKind.TOGETHER, p.id())));
    }

    /** Saves whatever is typed but not yet saved, e.g. before another participant is shown. */
    @Override
    public void commitPending() {
        if (current.get() == null) {
            return;
        }
        if (Fields.isDirty(firstNameField)) {
            commitFirstName(firstNameField.getText());
        }
        if (Fields.isDirty(lastNameField)) {
            commitLastName(lastNameField.getText());
        }
        if (Fields.isDirty(emailField)) {
            commitEmail(emailField.getText());
        }
    }

    /** Right after a quick add the name is known: the caret goes to the e-mail. */
    @Override
    public void focusAfterQuickAdd() {
        emailField.requestFocus();
    }

    private void commitFirstName(String text) {
        if (current.get() == null || text.strip().equals(current.get().firstName())) {
            return;
        }
        if (text.isBlank() && current.get().lastName().isBlank()) {
            Fields.error(firstNameField, nameError, i18n.get("participant.form.name.required"));
            return;
        }
        Fields.error(firstNameField, nameError, null);
        String value = text.strip();
        String old = current.get().firstName();
        current.edit("edit.participant.firstName", firstNameField, value,
                p -> p.withFirstName(value),
                p -> p.withFirstName(old));
    }

    private void commitLastName(String text) {
        if (current.get() == null || text.strip().equals(current.get().lastName())) {
            return;
        }
        if (text.isBlank() && current.get().firstName().isBlank()) {
            Fields.error(lastNameField, nameError, i18n.get("participant.form.name.required"));
            return;
        }
        Fields.error(lastNameField, nameError, null);
        String value = text.strip();
        String old = current.get().lastName();
        current.edit("edit.participant.lastName", lastNameField, value,
                p -> p.withLastName(value),
                p -> p.withLastName(old));
    }

    private void commitEmail(String text) {
        if (current.get() == null) {
            return;
        }
        String value = text.strip().isEmpty() ? null : text.strip();
        if (Objects.equals(value, current.get().email())) {
            Fields.error(emailField, emailError, null);
            return;
        }
        if (value != null && !EMAIL.matcher(value).matches()) {
            Fields.error(emailField, emailError, i18n.get("participant.form.email.invalid"));
            return;
        }
        Fields.error(emailField, emailError, null);
        String old = current.get().email();
        current.edit("edit.participant.email", emailField, value,
                p -> p.withEmail(value),
                p -> p.withEmail(old));
    }

    private void commitMinistry(String code) {
        Fields.error(ministryPicker.field(), ministryError, null);
        current.change("edit.participant.ministry", code, Participant::ministry, Participant::withMinistry);
    }

    private void commitSkills(List<String> skills) {
        current.change("edit.participant.skills", skills, Participant::skills, Participant::withSkills);
    }

    private void commitInterests(List<String> interests) {
        current.change("edit.participant.interests", interests, Participant::interests,
                Participant::withInterests);
    }

    private void commitChoices(List<String> choices) {
        current.change("edit.participant.choices", choices, Participant::choices, Participant::withChoices);
    }

    /** A pick list of people changed: one pair added or removed (each its own undoable edit). */
    private void commitPairs(PairKind kind, List<String> ids) {
        if (current.get() == null) {
            return;
        }
        List<String> before = data.partnersOf(kind, current.get().id());
        ParticipantEdits edits = ctx.services().participantEdits(ctx.workshopId(), ctx.labels());
        for (String id : ids) {
            if (!before.contains(id) && people.containsKey(id)) {
                ctx.undo().perform(edits.pair(kind, true, current.get(), people.get(id)));
            }
        }
        for (String id : before) {
            if (!ids.contains(id) && people.containsKey(id)) {
                ctx.undo().perform(edits.pair(kind, false, current.get(), people.get(id)));
            }
        }
    }

    private String proposalLabel(String id) {
        Proposal p = proposals.get(id);
        return p == null ? id : id + " — " + p.title();
    }

    private String personLabel(String id) {
        return ParticipantFields.pickLabel(id, people);
    }

    private List<String> sortedByName(List<String> ids) {
        List<String> out = new ArrayList<>(ids);
        out.sort(Comparator.comparing(this::personLabel, java.text.Collator.getInstance(I18n.FRENCH)));
        return out;
    }
}
