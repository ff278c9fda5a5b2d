package fr.equipage.ui.meetups;

import fr.equipage.model.MeetupSettings;
import fr.equipage.model.MeetupWeights;
import fr.equipage.ui.controls.SettingsGrid;
import fr.equipage.ui.framework.I18n;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The season's settings (meetup-model.md §1): rounds, group size and the four weights, each with
 * what it means in one sentence, as on the teams' settings. A change applies at once (the score is
 * recomputed), is saved and can be undone; « Planifier la saison » then takes it into account.
 */
final class MeetupSettingsPanel extends VBox {
    private final MeetupsModel model;
    private final I18n i18n;
    private final Consumer<Optional<SeasonChange>> onChange;
    private final GridPane grid = new GridPane();
    private final Spinner<Integer> rounds = spinner("meetupRounds", 1, 52);
    private final Spinner<Integer> groupSize = spinner("meetupGroupSize", 2, 20);
    private final Spinner<Integer> repeat = spinner("meetupRepeat", -10_000, 0);
    private final Spinner<Integer> sameMinistry = spinner("meetupSameMinistry", -1000, 0);
    private final Spinner<Integer> sharedInterest = spinner("meetupSharedInterest", 0, 1000);
    private final Spinner<Integer> knowHow = spinner("meetupKnowHow", 0, 1000);
    private final CheckBox teamsHaveMet = new CheckBox();
    private boolean filling;
    private int row;

    /** {@code onTeamsHaveMet}: the launch-day option changed (it changes the history, which the service computes). */
    MeetupSettingsPanel(MeetupsModel model, I18n i18n, Consumer<Optional<SeasonChange>> onChange,
                        Consumer<Boolean> onTeamsHaveMet) {
        super(12);
        this.model = model;
        this.i18n = i18n;
        this.onChange = onChange;
        setId("meetupSettings");
        getStyleClass().add("settings-panel");
        Label title = new Label(i18n.get("meetups.tab.settings"));
        title.getStyleClass().add("title-4");
        Label intro = new Label(i18n.get("meetups.settings.intro"));
        intro.setWrapText(true);
        grid.setHgap(16);
        grid.setVgap(10);
        section("meetups.settings.season");
        add("rounds", rounds, v -> new MeetupSettings(v, s().groupSize(), w()));
        add("groupSize", groupSize, v -> new MeetupSettings(s().rounds(), v, w()));
        teamsHaveMet.setId("meetupTeamsHaveMet");
        teamsHaveMet.selectedProperty().addListener((o, was, on) -> {
            if (!filling) {
                onTeamsHaveMet.accept(on);
            }
        });
        place("teamsHaveMet", teamsHaveMet);
        section("meetups.settings.weights");
        add("repeat", repeat, v -> with(new MeetupWeights(v, w().sameMinistry(), w().sharedInterest(), w().knowHow())));
        add("sameMinistry", sameMinistry,
                v -> with(new MeetupWeights(w().repeat(), v, w().sharedInterest(), w().knowHow())));
        add("sharedInterest", sharedInterest,
                v -> with(new MeetupWeights(w().repeat(), w().sameMinistry(), v, w().knowHow())));
        add("knowHow", knowHow, v -> with(new MeetupWeights(w().repeat(), w().sameMinistry(), w().sharedInterest(), v)));
        Button reset = new Button(i18n.get("meetups.settings.reset"));
        reset.setId("meetupSettingsReset");
        reset.setOnAction(e -> onChange.accept(model.changeSettings(
                new MeetupSettings(MeetupSettings.DEFAULT.rounds(), MeetupSettings.DEFAULT.groupSize(), MeetupWeights.DEFAULT),
                null, null)));
        Label after = new Label(i18n.get("meetups.settings.after"));
        after.setWrapText(true);
        after.getStyleClass().add("muted");
        getChildren().addAll(title, intro, grid, reset, after);
    }

    private MeetupSettings s() {
        return model.settings();
    }

    private MeetupWeights w() {
        return model.settings().weights();
    }

    private MeetupSettings with(MeetupWeights weights) {
        return new MeetupSettings(s().rounds(), s().groupSize(), weights);
    }

    private void section(String key) {
        SettingsGrid.section(grid, row++, i18n.get(key));
    }

    private void add(String key, Spinner<Integer> spinner, IntFunction<MeetupSettings> next) {
        var range = (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
        spinner.valueProperty().addListener((o, a, v) -> {
            if (!filling && v != null && v >= range.getMin() && v <= range.getMax()) {
                Optional<SeasonChange> change = model.changeSettings(next.apply(v), name(key), String.valueOf(v));
                if (change.isEmpty()) {
                    // Refused (a season shorter than a round already held): show the value in force again.
                    refresh();
                }
                onChange.accept(change);
            }
        });
        place(key, spinner);
    }

    private void place(String key, Control control) {
        SettingsGrid.row(grid, row++, name(key), control, i18n.get("meetups.settings." + key + ".meaning"));
    }

    private String name(String key) {
        return i18n.get("meetups.settings." + key);
    }

    private static Spinner<Integer> spinner(String id, int min, int max) {
        return SettingsGrid.wholeNumber(id, min, max);
    }

    /** Shows the launch-day option as read (it is not part of the model's settings). */
    void setTeamsHaveMet(boolean on) {
        filling = true;
        try {
            teamsHaveMet.setSelected(on);
        } finally {
            filling = false;
        }
    }

    void refresh() {
        if (!model.isLoaded()) {
            return;
        }
        filling = true;
        try {
            rounds.getValueFactory().setValue(s().rounds());
            groupSize.getValueFactory().setValue(s().groupSize());
            repeat.getValueFactory().setValue(w().repeat());
            sameMinistry.getValueFactory().setValue(w().sameMinistry());
            sharedInterest.getValueFactory().setValue(w().sharedInterest());
            knowHow.getValueFactory().setValue(w().knowHow());
        } finally {
            filling = false;
        }
    }
}
