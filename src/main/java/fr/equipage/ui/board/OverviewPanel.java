package fr.equipage.ui.board;

import fr.equipage.engine.Evaluation;
import fr.equipage.engine.RankProfile;
import fr.equipage.engine.TeamReport;
import fr.equipage.model.ScoreParts;
import fr.equipage.ui.framework.I18n;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The plan at a glance, for the room: how many got their 1st, 2nd… choice (a bar chart), how
 * many ministries each team brings together, and the total score with its five parts.
 */
final class OverviewPanel extends VBox {
    private final BoardModel model;
    private final I18n i18n;

    OverviewPanel(BoardModel model, I18n i18n) {
        super(12);
        this.model = model;
        this.i18n = i18n;
        setId("overview");
        getStyleClass().add("overview-panel");
    }

    void refresh() {
        Evaluation ev = model.evaluation();
        if (ev == null) {
            getChildren().setAll(new Label(i18n.get("board.noPlan")));
            return;
        }
        Label title = new Label(i18n.get("board.overview.score"));
        title.getStyleClass().add("title-4");
        getChildren().setAll(title, parts(ev.score()), bound(ev.score().total()),
                chart(i18n.get("board.overview.ranks"), rankSeries(ev.rankProfile())),
                ministriesChart(i18n.get("board.overview.ministries"), ministrySeries(ev)));
    }

    private VBox parts(ScoreParts s) {
        VBox box = new VBox(2);
        box.getChildren().addAll(
                line(i18n.format("board.parts.total", s.total()), "overview-total"),
                line(i18n.format("board.parts.choice", s.choice()), null),
                line(i18n.format("board.parts.unassigned", s.unassigned()), null),
                line(i18n.format("board.parts.skillCovered", s.skillCovered()), null),
                line(i18n.format("board.parts.extraMinistry", s.extraMinistry()), null),
                line(i18n.format("board.parts.together", s.together()), null));
        return box;
    }

    private Label bound(long total) {
        Long b = model.bound();
        if (b == null) {
            return line(i18n.get("board.overview.noBound"), "muted");
        }
        return line(total >= b ? i18n.format("board.overview.optimal", b)
                : i18n.format("board.overview.gap", b, Gap.percent(total, b)), "muted");
    }

    private XYChart.Series<String, Number> rankSeries(RankProfile r) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        for (int i = 0; i < r.byRank().size(); i++) {
            s.getData().add(new XYChart.Data<>(i18n.format("board.rank.n", i + 1), r.byRank().get(i)));
        }
        s.getData().add(new XYChart.Data<>(i18n.get("board.rank.other"), r.other()));
        s.getData().add(new XYChart.Data<>(i18n.get("board.rank.unassigned"), r.unassigned()));
        return s;
    }

    private XYChart.Series<Number, String> ministrySeries(Evaluation ev) {
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        // Bottom-up on the axis: listed in reverse so that the first team reads at the top.
        List<TeamReport> teams = new ArrayList<>(ev.teams());
        Collections.reverse(teams);
        for (TeamReport t : teams) {
            s.getData().add(new XYChart.Data<>(t.ministries().size(), model.title(t.proposal())));
        }
        return s;
    }

    /**
     * Ministries per team as horizontal bars: project titles are long, and side by side under
     * vertical bars the axis drops those that overlap; one per line, every title shows in full.
     */
    private BarChart<Number, String> ministriesChart(String title, XYChart.Series<Number, String> series) {
        // Whole numbers of ministries: a fixed range from 0 with one tick per ministry (no "2,5").
        int most = series.getData().stream().mapToInt(d -> d.getXValue().intValue()).max().orElse(0);
        NumberAxis x = new NumberAxis(0, Math.max(most, 1) + 1, 1);
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        BarChart<Number, String> chart = new BarChart<>(x, new CategoryAxis());
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(90 + 32 * series.getData().size());
        chart.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        chart.getData().add(series);
        for (XYChart.Data<Number, String> d : series.getData()) {
            valueLabel(d.getNode(), d.getXValue(), true);
        }
        return chart;
    }

    private BarChart<String, Number> chart(String title, XYChart.Series<String, Number> series) {
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        y.setTickUnit(1);
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), y);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(280);
        chart.getData().add(series);
        for (XYChart.Data<String, Number> d : series.getData()) {
            valueLabel(d.getNode(), d.getYValue(), false);
        }
        return chart;
    }

    /** The value written on its bar (at its end), so that nobody has to read it off the axis from the room. */
    private static void valueLabel(javafx.scene.Node bar, Number value, boolean horizontal) {
        if (!(bar instanceof javafx.scene.layout.StackPane pane)) {
            return;
        }
        Label l = new Label(String.valueOf(value));
        l.getStyleClass().add("chart-value");
        l.setMinSize(Label.USE_PREF_SIZE, Label.USE_PREF_SIZE);
        javafx.scene.layout.StackPane.setAlignment(l, horizontal ? javafx.geometry.Pos.CENTER_RIGHT
                : javafx.geometry.Pos.TOP_CENTER);
        // Just outside the bar's end, so that a bar of 0 still shows its 0.
        if (horizontal) {
            l.translateXProperty().bind(l.widthProperty().add(4));
        } else {
            l.translateYProperty().bind(l.heightProperty().add(2).negate());
        }
        pane.getChildren().add(l);
    }

    private static Label line(String s, String style) {
        Label l = new Label(s);
        l.setWrapText(true);
        if (style != null) {
            l.getStyleClass().add(style);
        }
        return l;
    }

}
