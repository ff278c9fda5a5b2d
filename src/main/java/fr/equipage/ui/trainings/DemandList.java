package fr.equipage.ui.trainings;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The demand chart: one horizontal bar per theme, most asked first, the number of people written on
 * the bar (after it when the bar is too short to hold it), and under the bar the speaker ideas for
 * the theme. A list, so that ↑/↓ select a theme (its breakdown by ministry shows beside) and a screen
 * reader reads each line whole.
 */
final class DemandList {
    /** Below this width the number does not fit inside the bar and is written after it. */
    private static final double INSIDE_MIN = 110;
    /** The cell's padding and the list's scroll bar: what the longest bar leaves of the list's width. */
    private static final double MARGINS = 48;

    private final ListView<DemandChart.Bar> list;
    private Map<String, List<String>> ideas = Map.of();
    private final Function<String, String> ideasCaption;
    /** A theme just added, renamed or merged into: chosen once the chart shows it. */
    private String pending;

    /** {@code ideasCaption}: the line under a bar from its joined ideas ("Idées : …"). */
    DemandList(ListView<DemandChart.Bar> list, Function<String, String> ideasCaption) {
        this.list = list;
        this.ideasCaption = ideasCaption;
        list.getStyleClass().add("demand-list");
        list.setCellFactory(v -> new BarCell());
        // A new width changes every bar's length.
        list.widthProperty().addListener((o, a, b) -> list.refresh());
    }

    /** Shows the chart, keeping the selected theme selected. */
    void show(DemandChart chart, Map<String, List<String>> ideasByTheme) {
        String selected = pending != null && chart.bar(pending).isPresent() ? pending : selectedTheme();
        pending = null;
        ideas = Map.copyOf(ideasByTheme);
        list.getItems().setAll(chart.bars());
        if (selected != null) {
            chart.bars().stream().filter(b -> b.theme().equals(selected)).findFirst().ifPresent(b -> {
                list.getSelectionModel().select(b);
                list.scrollTo(b);
            });
        }
        if (list.getSelectionModel().isEmpty() && !chart.bars().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    String selectedTheme() {
        DemandChart.Bar b = list.getSelectionModel().getSelectedItem();
        return b == null ? null : b.theme();
    }

    /** Chooses {@code theme} at the next {@link #show} (after the edit that makes it is saved and read). */
    void choose(String theme) {
        pending = theme;
    }

    private final class BarCell extends ListCell<DemandChart.Bar> {
        private final Label theme = new Label();
        private final Region fill = new Region();
        private final Label inside = new Label();
        private final StackPane bar = new StackPane(fill, inside);
        private final Label after = new Label();
        private final HBox barRow = new HBox(8, bar, after);
        private final Label ideasLine = new Label();
        private final VBox box = new VBox(4, theme, barRow, ideasLine);
        private final Tooltip tooltip = new Tooltip();

        BarCell() {
            theme.getStyleClass().add("demand-theme");
            theme.setWrapText(true);
            theme.setMinHeight(Region.USE_PREF_SIZE);
            // The cell takes the list's width, not its longest theme's: long themes wrap, no sideways scrolling.
            setPrefWidth(0);
            fill.getStyleClass().add("demand-fill");
            inside.getStyleClass().add("demand-value-inside");
            after.getStyleClass().add("demand-value");
            bar.setAlignment(Pos.CENTER_LEFT);
            bar.getStyleClass().add("demand-bar");
            barRow.setAlignment(Pos.CENTER_LEFT);
            ideasLine.getStyleClass().addAll("demand-ideas", "text-muted");
            ideasLine.setWrapText(true);
            ideasLine.setMinHeight(Region.USE_PREF_SIZE);
            HBox.setHgrow(after, Priority.NEVER);
            tooltip.setWrapText(true);
            tooltip.setMaxWidth(420);
        }

        @Override
        protected void updateItem(DemandChart.Bar b, boolean empty) {
            super.updateItem(b, empty);
            if (empty || b == null) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            theme.setText(b.theme());
            double room = Math.max(0, list.getWidth() - MARGINS);
            double width = Math.max(b.people() == 0 ? 0 : 6, room * b.length());
            fill.setMinWidth(width);
            fill.setPrefWidth(width);
            fill.setMaxWidth(width);
            bar.setMinWidth(width);
            bar.setMaxWidth(width);
            boolean fits = width >= INSIDE_MIN;
            inside.setText(fits ? b.value() : "");
            after.setText(fits ? "" : b.value());
            after.setManaged(!fits);
            List<String> mine = ideas.getOrDefault(b.theme(), List.of());
            ideasLine.setText(mine.isEmpty() ? "" : ideasCaption.apply(String.join(" · ", mine)));
            ideasLine.setManaged(!mine.isEmpty());
            ideasLine.setVisible(!mine.isEmpty());
            tooltip.setText(b.byMinistry().isEmpty() ? b.value() : b.value() + "\n" + b.breakdown());
            setTooltip(tooltip);
            setAccessibleText(b.theme() + ", " + b.value() + (mine.isEmpty() ? "" : ", " + ideasLine.getText()));
            setText(null);
            setGraphic(box);
        }
    }
}
