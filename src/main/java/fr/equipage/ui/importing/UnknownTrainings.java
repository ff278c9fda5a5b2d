package fr.equipage.ui.importing;

import fr.equipage.io.ImportPlan;
import fr.equipage.io.TrainingThemes;
import fr.equipage.io.UnknownTraining;
import fr.equipage.ui.framework.I18n;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;

/**
 * One line per training spelling of the file that matches no theme of the catalogue: use a theme of the
 * catalogue (the closest one is proposed when there is one, as a typo usually is), or create the
 * spelling as a new theme. The organiser's picks are kept across re-checks of the same file.
 */
final class UnknownTrainings {
    /** The choice "create this spelling as a new theme" (a theme name is never empty). */
    static final String CREATE = "";
    private final Region box;
    private final GridPane grid;
    private final I18n i18n;
    private List<String> catalogue = TrainingThemes.DEFAULTS;
    private final Map<String, String> picks = new HashMap<>();

    UnknownTrainings(Region box, GridPane grid, I18n i18n) {
        this.box = box;
        this.grid = grid;
        this.i18n = i18n;
    }

    /** The workshop's catalogue when the file was last checked (empty: the defaults). */
    void know(List<String> themes) {
        catalogue = themes.isEmpty() ? TrainingThemes.DEFAULTS : List.copyOf(themes);
    }

    /** Fills the grid for {@code p}; a pick applies to the plan {@code current} holds when it is made. */
    void show(ImportPlan p, Supplier<ImportPlan> current) {
        grid.getChildren().clear();
        box.setVisible(!p.unknownTrainings().isEmpty());
        box.setManaged(!p.unknownTrainings().isEmpty());
        int row = 0;
        for (UnknownTraining u : p.unknownTrainings()) {
            List<String> options = new ArrayList<>();
            options.add(CREATE);
            options.addAll(catalogue);
            ComboBox<String> pick = new ComboBox<>(FXCollections.observableArrayList(options));
            pick.setId("importTraining" + row);
            pick.setConverter(Converters.of(theme -> theme.equals(CREATE)
                    ? i18n.format("import.training.create", u.spelling())
                    : theme.equals(u.suggestion()) ? i18n.format("import.training.suggested", theme) : theme));
            String picked = picks.getOrDefault(u.spelling(), u.suggestion() == null ? CREATE : u.suggestion());
            pick.setValue(options.contains(picked) ? picked : CREATE);
            p.useTraining(u.spelling(), pick.getValue());
            pick.valueProperty().addListener((o, a, theme) -> {
                picks.put(u.spelling(), theme);
                ImportPlan now = current.get();
                if (now != null) {
                    now.useTraining(u.spelling(), theme);
                }
            });
            Label text = new Label(i18n.format("import.training.text", u.spelling(), u.people()));
            text.setLabelFor(pick);
            grid.addRow(row++, text, pick);
        }
    }
}
