package fr.equipage.ui.importing;

import fr.equipage.io.ImportPlan;
import fr.equipage.io.ImportReport;
import fr.equipage.model.Ministry;
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

/**
 * One line per ministry text of the file that matches no known ministry: create it (the default),
 * or use an existing ministry. The organiser's picks are kept across re-checks of the same file.
 */
final class UnknownMinistries {
    private final GridPane grid;
    private final I18n i18n;
    /** Ministries known when the file was last checked. */
    private List<Ministry> known = List.of();
    /** The organiser's pick for each unknown ministry text. */
    private final Map<String, String> picks = new HashMap<>();

    UnknownMinistries(GridPane grid, I18n i18n) {
        this.grid = grid;
        this.i18n = i18n;
    }

    void know(List<Ministry> ministries) {
        known = List.copyOf(ministries);
    }

    /** Fills the grid for {@code p}; a pick applies to the plan {@code current} holds when it is made. */
    void show(ImportPlan p, Supplier<ImportPlan> current) {
        grid.getChildren().clear();
        Map<String, String> names = new HashMap<>();
        known.forEach(m -> names.put(m.code(), m.name()));
        int row = 0;
        for (ImportReport.UnknownMinistry u : p.report().unknownMinistries()) {
            List<String> options = new ArrayList<>();
            options.add(u.proposedCode());
            known.stream().map(Ministry::code).sorted().forEach(options::add);
            ComboBox<String> pick = new ComboBox<>(FXCollections.observableArrayList(options));
            pick.setId("importMinistry" + row);
            pick.setConverter(Converters.of(code -> code.equals(u.proposedCode())
                    ? i18n.format("import.ministry.create", code) : code + " — " + names.getOrDefault(code, code)));
            String picked = picks.getOrDefault(u.text(), u.proposedCode());
            pick.setValue(options.contains(picked) ? picked : u.proposedCode());
            p.useMinistry(u.proposedCode(), pick.getValue());
            pick.valueProperty().addListener((o, a, code) -> {
                picks.put(u.text(), code);
                ImportPlan now = current.get();
                if (now != null) {
                    now.useMinistry(u.proposedCode(), code);
                }
            });
            Label text = new Label(i18n.format("import.ministry.text", u.text(), u.rows()));
            text.setLabelFor(pick);
            grid.addRow(row++, text, pick);
        }
    }
}
