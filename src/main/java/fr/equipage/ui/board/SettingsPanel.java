package fr.equipage.ui.board;

import fr.equipage.model.Settings;
import fr.equipage.model.Weights;
import fr.equipage.ui.controls.SettingsGrid;
import fr.equipage.ui.framework.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/**
 * The workshop's rules and weights (spec §1), each with what it means in one sentence. A change is
 * applied at once (the board re-scores), saved, and can be undone; "reset" brings back the defaults.
 */
final class SettingsPanel extends VBox {
    private final BoardModel model;
    private final I18n i18n;
    private final Consumer<Optional<BoardChange>> onChange;
    private final GridPane grid = new GridPane();
    private final Spinner<Integer> maxTeams = spinner("settingMaxTeams", 1, 500);
    private final Spinner<Integer> minDistinct = spinner("settingMinDistinct", 1, 50);
    private final Spinner<Integer> maxPerMinistry = spinner("settingMaxPerMinistry", 1, 100);
    private final CheckBox proposersJoin = new CheckBox();
    private final CheckBox onlyChosen = new CheckBox();
    private final TextField choiceWeights = new TextField();
    private final Label choiceError = new Label();
    private final Spinner<Integer> unassigned = spinner("settingUnassigned", -1000, 0);
    private final Spinner<Integer> skillCovered = spinner("settingSkillCovered", 0, 1000);
    private final Spinner<Integer> extraMinistry = spinner("settingExtraMinistry", 0, 1000);
    private final Spinner<Integer> together = spinner("settingTogether", 0, 1000);
    private final Spinner<Integer> stability = spinner("settingStability", 0, 1000);
    /** Set while the controls are filled from the model, so that filling them is not taken for an edit. */
    private boolean filling;
    private int row;

    SettingsPanel(BoardModel model, I18n i18n, Consumer<Optional<BoardChange>> onChange) {
        super(12);
        this.model = model;
        this.i18n = i18n;
        this.onChange = onChange;
        setId("settings");
        getStyleClass().add("settings-panel");
        proposersJoin.setId("settingProposersJoin");
        onlyChosen.setId("settingOnlyChosen");
        choiceWeights.setId("settingChoiceWeights");
        choiceWeights.setPrefColumnCount(14);
        choiceError.getStyleClass().add("field-error");
        Label title = new Label(i18n.get("board.tab.settings"));
        title.getStyleClass().add("title-4");
        Label intro = new Label(i18n.get("board.settings.intro"));
        intro.setWrapText(true);
        grid.setHgap(16);
        grid.setVgap(10);
        grid.getStyleClass().add("settings-grid");

        section("board.settings.rules");
        add("maxTeams", maxTeams, v -> s().withMaxTeams(v));
        add("minDistinct", minDistinct, v -> new Settings(s().maxTeams(), v, s().maxPerMinistry(),
                s().proposersJoinOwnProject(), s().onlyChosenProjects(), s().weights()));
        add("maxPerMinistry", maxPerMinistry, v -> new Settings(s().maxTeams(), s().minDistinctMinistries(), v,
                s().proposersJoinOwnProject(), s().onlyChosenProjects(), s().weights()));
        addCheck("proposersJoin", proposersJoin, v -> new Settings(s().maxTeams(), s().minDistinctMinistries(),
                s().maxPerMinistry(), v, s().onlyChosenProjects(), s().weights()));
        addCheck("onlyChosen", onlyChosen, v -> new Settings(s().maxTeams(), s().minDistinctMinistries(),
                s().maxPerMinistry(), s().proposersJoinOwnProject(), v, s().weights()));
        section("board.settings.weights");
        addChoiceWeights();
        add("unassigned", unassigned, v -> withWeights(new Weights(w().choice(), v, w().skillCovered(),
                w().extraMinistry(), w().together(), w().stability())));
        add("skillCovered", skillCovered, v -> withWeights(new Weights(w().choice(), w().unassigned(), v,
                w().extraMinistry(), w().together(), w().stability())));
        add("extraMinistry", extraMinistry, v -> withWeights(new Weights(w().choice(), w().unassigned(),
                w().skillCovered(), v, w().together(), w().stability())));
        add("together", together, v -> withWeights(new Weights(w().choice(), w().unassigned(), w().skillCovered(),
                w().extraMinistry(), v, w().stability())));
        add("stability", stability, v -> withWeights(w().withStability(v)));

        Button reset = new Button(i18n.get("board.settings.reset"));
        reset.setId("settingsReset");
        reset.setOnAction(e -> onChange.accept(model.changeSettings(Settings.DEFAULT, null, null)));
        Label after = new Label(i18n.get("board.settings.after"));
        after.setWrapText(true);
        after.getStyleClass().add("muted");
        getChildren().addAll(title, intro, grid, reset, after);
    }

    private Settings s() {
        return model.settings();
    }

    private Weights w() {
        return model.settings().weights();
    }

    private Settings withWeights(Weights weights) {
        Settings s = s();
        return new Settings(s.maxTeams(), s.minDistinctMinistries(), s.maxPerMinistry(), s.proposersJoinOwnProject(),
                s.onlyChosenProjects(), weights);
    }

    private void section(String key) {
        SettingsGrid.section(grid, row++, i18n.get(key));
    }

    private void add(String key, Spinner<Integer> spinner, java.util.function.IntFunction<Settings> next) {
        var range = (SpinnerValueFactory.IntegerSpinnerValueFactory) spinner.getValueFactory();
        spinner.valueProperty().addListener((o, a, v) -> {
            // Out of range, the factory puts the value back in range at once: only that one is an edit.
            if (!filling && v != null && v >= range.getMin() && v <= range.getMax()) {
                onChange.accept(model.changeSettings(next.apply(v), name(key), String.valueOf(v)));
            }
        });
        place(key, spinner);
    }

    private void addCheck(String key, CheckBox box, java.util.function.Function<Boolean, Settings> next) {
        box.selectedProperty().addListener((o, a, v) -> {
            if (!filling) {
                onChange.accept(model.changeSettings(next.apply(v), name(key), i18n.get(v ? "board.yes" : "board.no")));
            }
        });
        place(key, box);
    }

    private void addChoiceWeights() {
        Runnable apply = () -> {
            if (filling) {
                return;
            }
            List<Integer> values = parseWeights(choiceWeights.getText());
            if (values == null) {
                showChoiceError(true);
                return;
            }
            showChoiceError(false);
            onChange.accept(model.changeSettings(withWeights(new Weights(values, w().unassigned(), w().skillCovered(),
                    w().extraMinistry(), w().together(), w().stability())), name("choice"), choiceWeights.getText().strip()));
        };
        choiceWeights.setOnAction(e -> apply.run());
        choiceWeights.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                apply.run();
            }
        });
        choiceMeaning = place("choice", choiceWeights);
    }

    private Label choiceMeaning;

    /**
     * The error takes the place of the explanation beside the field, in its whole width: never cut
     * under a narrow field, and the form does not jump while it shows.
     */
    private void showChoiceError(boolean on) {
        choiceError.setText(on ? i18n.get("board.settings.choice.invalid") : "");
        choiceMeaning.setText(on ? choiceError.getText() : i18n.get("board.settings.choice.meaning"));
        choiceMeaning.getStyleClass().removeAll("field-error", "muted");
        choiceMeaning.getStyleClass().add(on ? "field-error" : "muted");
        choiceWeights.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("danger"), on);
    }

    /** "10, 7, 5" → [10, 7, 5]; null when a value is not a whole number ≥ 0 or the list is empty. */
    static List<Integer> parseWeights(String text) {
        List<Integer> out = new ArrayList<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isBlank()) {
                continue;
            }
            try {
                int v = Integer.parseInt(part.strip());
                if (v < 0) {
                    return null;
                }
                out.add(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return out.isEmpty() ? null : out;
    }

    private String name(String key) {
        return i18n.get("board.settings." + key);
    }

    private Label place(String key, Control control) {
        return place(key, (javafx.scene.Node) control);
    }

    private Label place(String key, javafx.scene.Node control) {
        return SettingsGrid.row(grid, row++, name(key), control, i18n.get("board.settings." + key + ".meaning"));
    }

    private static Spinner<Integer> spinner(String id, int min, int max) {
        return SettingsGrid.wholeNumber(id, min, max);
    }

    /** Shows the model's settings. */
    void refresh() {
        if (!model.isLoaded()) {
            return;
        }
        filling = true;
        try {
            Settings s = s();
            ((SpinnerValueFactory.IntegerSpinnerValueFactory) maxTeams.getValueFactory())
                    .setMax(Math.max(s.maxTeams(), Math.max(1, model.instance().proposals().size())));
            maxTeams.getValueFactory().setValue(s.maxTeams());
            minDistinct.getValueFactory().setValue(s.minDistinctMinistries());
            maxPerMinistry.getValueFactory().setValue(s.maxPerMinistry());
            proposersJoin.setSelected(s.proposersJoinOwnProject());
            onlyChosen.setSelected(s.onlyChosenProjects());
            choiceWeights.setText(String.join(", ", s.weights().choice().stream().map(String::valueOf).toList()));
            showChoiceError(false);
            unassigned.getValueFactory().setValue(s.weights().unassigned());
            skillCovered.getValueFactory().setValue(s.weights().skillCovered());
            extraMinistry.getValueFactory().setValue(s.weights().extraMinistry());
            together.getValueFactory().setValue(s.weights().together());
            stability.getValueFactory().setValue(s.weights().rerunStability());
        } finally {
            filling = false;
        }
    }
}
