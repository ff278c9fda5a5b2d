package fr.equipage.ui.board;

import fr.equipage.engine.Evaluation;
import fr.equipage.engine.RankProfile;
import fr.equipage.model.Plan;
import fr.equipage.model.ScoreParts;
import fr.equipage.model.Scenario;
import fr.equipage.ui.framework.I18n;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Saved plans: keep the current plan under a name, list them, make one the current plan (the one
 * exported), delete one, and compare any two (or one with the current plan) side by side.
 */
final class ScenariosPanel extends VBox {
    interface Actions {
        void save();

        void use(String name, Plan plan);

        void delete(String name);
    }

    /** A plan that can be compared: a scenario or the current plan. */
    record Choice(String name, Plan plan) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final BoardModel model;
    private final I18n i18n;
    private final Actions actions;
    private final VBox list = new VBox(6);
    private final ComboBox<Choice> first = new ComboBox<>();
    private final ComboBox<Choice> second = new ComboBox<>();
    private final VBox comparison = new VBox(8);
    private List<Scenario> saved = List.of();

    ScenariosPanel(BoardModel model, I18n i18n, Actions actions) {
        super(12);
        this.model = model;
        this.i18n = i18n;
        this.actions = actions;
        setId("scenarios");
        getStyleClass().add("scenarios-panel");
        first.setId("compareFirst");
        second.setId("compareSecond");
        list.setId("scenarioList");
        comparison.setId("comparison");
        Label title = new Label(i18n.get("board.tab.scenarios"));
        title.getStyleClass().add("title-4");
        Label intro = new Label(i18n.get("board.scenario.intro"));
        intro.setWrapText(true);
        Button save = new Button(i18n.get("board.scenario.save"));
        save.setOnAction(e -> actions.save());
        Label compareTitle = new Label(i18n.get("board.scenario.compare"));
        compareTitle.getStyleClass().add("title-4");
        first.setOnAction(e -> compare());
        second.setOnAction(e -> compare());
        HBox pickers = new HBox(8, first, new Label(i18n.get("board.scenario.versus")), second);
        pickers.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(title, intro, save, list, compareTitle, pickers, comparison);
    }

    int count() {
        return saved.size();
    }

    /** A new list (after a save or a delete) compares its two latest plans; a re-score keeps the choice. */
    void setScenarios(List<Scenario> scenarios) {
        boolean changed = !scenarios.stream().map(Scenario::name).toList().equals(saved.stream().map(Scenario::name).toList());
        saved = List.copyOf(scenarios);
        if (changed) {
            first.setValue(null);
            second.setValue(null);
        }
        refresh();
    }

    /** Rebuilds the list and the comparison choices (after a load or a change of the plan). */
    void refresh() {
        if (!model.isLoaded()) {
            return;
        }
        list.getChildren().clear();
        if (saved.isEmpty()) {
            Label none = new Label(i18n.get("board.scenario.none"));
            none.getStyleClass().add("muted");
            list.getChildren().add(none);
        }
        for (Scenario s : saved) {
            list.getChildren().add(row(s));
        }
        List<Choice> choices = new ArrayList<>();
        if (model.hasPlan()) {
            choices.add(new Choice(i18n.get("board.scenario.current"), model.currentPlan()));
        }
        saved.forEach(s -> choices.add(new Choice(s.name(), s.plan())));
        String a = first.getValue() == null ? null : first.getValue().name();
        String b = second.getValue() == null ? null : second.getValue().name();
        first.getItems().setAll(choices);
        second.getItems().setAll(choices);
        select(first, a, choices.size() > 1 ? choices.get(choices.size() - 2) : null);
        select(second, b, choices.isEmpty() ? null : choices.get(choices.size() - 1));
        compare();
    }

    private static void select(ComboBox<Choice> box, String name, Choice fallback) {
        Choice pick = box.getItems().stream().filter(c -> c.name().equals(name)).findFirst().orElse(fallback);
        box.setValue(pick);
    }

    private HBox row(Scenario s) {
        Evaluation ev = ScenarioComparison.of(model.instance(), s.plan(), s.plan()).first();
        Label name = new Label(s.name());
        name.getStyleClass().add("scenario-name");
        Label score = new Label(i18n.format("board.scenario.score", ev.score().total(),
                ev.feasible() ? i18n.get("board.scenario.feasible") : i18n.get("board.scenario.infeasible")));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button use = new Button(i18n.get("board.scenario.use"));
        use.setId("use-" + s.name());
        use.setOnAction(e -> actions.use(s.name(), s.plan()));
        Button delete = new Button(i18n.get("board.scenario.delete"));
        delete.getStyleClass().add("flat");
        delete.setOnAction(e -> actions.delete(s.name()));
        HBox row = new HBox(12, name, score, gap, use, delete);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("scenario-row");
        return row;
    }

    private void compare() {
        comparison.getChildren().clear();
        Choice a = first.getValue();
        Choice b = second.getValue();
        if (a == null || b == null) {
            return;
        }
        ScenarioComparison cmp = ScenarioComparison.of(model.instance(), a.plan(), b.plan());
        GridPane grid = new GridPane();
        grid.setHgap(24);
        grid.setVgap(4);
        grid.getStyleClass().add("comparison-grid");
        grid.addRow(0, new Label(""), bold(a.name()), bold(b.name()));
        int r = 1;
        r = row(grid, r, "board.compare.total", cmp, s -> s.total());
        r = row(grid, r, "board.compare.choice", cmp, ScoreParts::choice);
        r = row(grid, r, "board.compare.unassigned", cmp, ScoreParts::unassigned);
        r = row(grid, r, "board.compare.skillCovered", cmp, ScoreParts::skillCovered);
        r = row(grid, r, "board.compare.extraMinistry", cmp, ScoreParts::extraMinistry);
        r = row(grid, r, "board.compare.together", cmp, ScoreParts::together);
        grid.addRow(r++, new Label(i18n.get("board.compare.feasible")), new Label(yesNo(cmp.first().feasible())),
                new Label(yesNo(cmp.second().feasible())));
        RankProfile pa = cmp.first().rankProfile();
        RankProfile pb = cmp.second().rankProfile();
        for (int i = 0; i < Math.max(pa.byRank().size(), pb.byRank().size()); i++) {
            grid.addRow(r++, new Label(i18n.format("board.rank.n", i + 1)), new Label(String.valueOf(at(pa, i))),
                    new Label(String.valueOf(at(pb, i))));
        }
        grid.addRow(r++, new Label(i18n.get("board.rank.other")), new Label(String.valueOf(pa.other())),
                new Label(String.valueOf(pb.other())));
        grid.addRow(r, new Label(i18n.get("board.rank.unassigned")), new Label(String.valueOf(pa.unassigned())),
                new Label(String.valueOf(pb.unassigned())));
        comparison.getChildren().add(grid);
        Label movedTitle = bold(i18n.format("board.compare.moved", cmp.moved().size()));
        movedTitle.setId("movedTitle");
        comparison.getChildren().add(movedTitle);
        for (ScenarioComparison.Moved m : cmp.moved()) {
            comparison.getChildren().add(new Label(i18n.format("board.compare.move", model.name(m.person()),
                    team(m.from()), team(m.to()))));
        }
    }

    private String team(String proposal) {
        return proposal == null ? i18n.get("board.unassigned.title") : model.title(proposal);
    }

    private int row(GridPane grid, int r, String key, ScenarioComparison cmp, Function<ScoreParts, Long> part) {
        grid.addRow(r, new Label(i18n.get(key)), new Label(String.valueOf(part.apply(cmp.first().score()))),
                new Label(String.valueOf(part.apply(cmp.second().score()))));
        return r + 1;
    }

    private static int at(RankProfile p, int i) {
        return i < p.byRank().size() ? p.byRank().get(i) : 0;
    }

    private String yesNo(boolean b) {
        return i18n.get(b ? "board.yes" : "board.no");
    }

    private static Label bold(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("text-bold");
        return l;
    }

    /** The comparison as text (tests read it). */
    String comparisonText() {
        StringBuilder sb = new StringBuilder();
        comparison.lookupAll(".label").forEach(n -> sb.append(((Label) n).getText()).append('\n'));
        return sb.toString();
    }

    ComboBox<Choice> first() {
        return first;
    }

    ComboBox<Choice> second() {
        return second;
    }
}
