package fr.equipage.ui.controls;

import fr.equipage.ui.framework.I18n;
import fr.equipage.model.Ministry;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The searchable ministry field: type a code, a word of the name or of the parent's code and pick
 * from the list, which shows each administration with its parent ministry. Leaving the field
 * empty means "no ministry"; text that names no ministry is reported, never saved.
 */
public class MinistryPicker extends SuggestField<Ministry> {
    private Map<String, Ministry> ministries = Map.of();
    private Consumer<String> onChoose = code -> { };
    private Consumer<String> onUnknown = text -> { };
    private Consumer<String> onAmbiguous = text -> { };

    public MinistryPicker() {
        getStyleClass().add("ministry-picker");
        setLabel(Ministries::describe);
        setCandidates(() -> ministries.values().stream().sorted(Comparator.comparing(Ministry::code)).toList());
        setOnPick(m -> choose(m.code()));
        setOnText(this::resolve);
        field().focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                resolve(field().getText());
            }
        });
    }

    public void setMinistries(Map<String, Ministry> ministries) {
        this.ministries = ministries;
    }

    /** Called with the chosen code, or null for "no ministry". */
    public void setOnChoose(Consumer<String> onChoose) {
        this.onChoose = onChoose;
    }

    /** Called with typed text that names no ministry. */
    public void setOnUnknown(Consumer<String> onUnknown) {
        this.onUnknown = onUnknown;
    }

    /** Called with typed text that several ministries match, none exactly. */
    public void setOnAmbiguous(Consumer<String> onAmbiguous) {
        this.onAmbiguous = onAmbiguous;
    }

    /** Reports text that names no single ministry in {@code errorLabel}, in the organiser's language. */
    public void reportErrorsIn(javafx.scene.control.Label errorLabel, I18n i18n) {
        setOnUnknown(text -> Fields.error(field(), errorLabel, i18n.format("ministry.picker.unknown", text)));
        setOnAmbiguous(text -> Fields.error(field(), errorLabel, i18n.format("ministry.picker.ambiguous", text)));
    }

    /** Shows the stored ministry (unless the organiser is typing in this record). */
    public void show(String code, boolean sameRecord) {
        Fields.show(field(), Ministries.describe(code, ministries), sameRecord);
    }

    private void resolve(String text) {
        if (!Fields.isDirty(field())) {
            return;
        }
        if (text == null || text.isBlank()) {
            choose(null);
            return;
        }
        String wanted = Search.normalise(text);
        Ministry exact = ministries.values().stream()
                .filter(m -> Search.normalise(m.code()).equals(wanted) || Search.normalise(m.name()).equals(wanted)
                        || Search.normalise(Ministries.describe(m)).equals(wanted))
                .findFirst().orElse(null);
        List<Ministry> matches = matches(text);
        if (exact != null) {
            choose(exact.code());
        } else if (matches.size() == 1) {
            choose(matches.get(0).code());
        } else if (matches.isEmpty()) {
            onUnknown.accept(text);
        } else {
            onAmbiguous.accept(text);
        }
    }

    private void choose(String code) {
        String shown = Ministries.describe(code, ministries);
        Fields.saved(field(), shown); // first, so that showing it is not taken for a search
        field().setText(shown);
        onChoose.accept(code);
    }
}
