package fr.equipage.ui.board;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.Pane;

/**
 * Lays the team columns out as a grid that always fills the width it is given: as many columns per
 * row as fit at their minimum width (15em, set by the style sheet, so presentation mode gets fewer,
 * larger columns), all of them then sharing the whole width equally. Rows are as high as their
 * tallest column, so every column is a full-height drop target. A child marked with
 * {@link #fullRow(Node)} takes a row of its own at the whole width.
 */
final class ColumnGrid extends Pane {
    private static final String FULL_ROW = "column-grid-full-row";
    private final double gap;

    ColumnGrid(double gap) {
        this.gap = gap;
    }

    static void fullRow(Node node) {
        node.getProperties().put(FULL_ROW, Boolean.TRUE);
    }

    private static boolean isFullRow(Node node) {
        return Boolean.TRUE.equals(node.getProperties().get(FULL_ROW));
    }

    /** Width of one column when {@code available} pixels are shared by columns of at least {@code min}. */
    static double columnWidth(double available, double min, double gap) {
        int n = columnsThatFit(available, min, gap);
        return Math.max(min, (available - (n - 1) * gap) / n);
    }

    static int columnsThatFit(double available, double min, double gap) {
        return Math.max(1, (int) Math.floor((available + gap) / (Math.max(1, min) + gap)));
    }

    /** The widest minimum among the columns: the one the style sheet sets (15em), font-scaled. */
    private double minColumnWidth() {
        double min = 0;
        for (Node n : getManagedChildren()) {
            if (!isFullRow(n)) {
                min = Math.max(min, n.minWidth(-1));
                if (n instanceof TeamColumn col) {
                    // A long word in a title or a name widens every column rather than being cut.
                    min = Math.max(min, col.contentMinWidth());
                }
            }
        }
        return min;
    }

    /** The children cut into rows for a content width, each with the width its members get. */
    private List<List<Node>> rows(double contentWidth) {
        double min = minColumnWidth();
        int perRow = columnsThatFit(contentWidth, min, gap);
        List<List<Node>> rows = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        for (Node n : getManagedChildren()) {
            if (isFullRow(n)) {
                if (!current.isEmpty()) {
                    rows.add(current);
                    current = new ArrayList<>();
                }
                rows.add(List.of(n));
            } else {
                current.add(n);
                if (current.size() == perRow) {
                    rows.add(current);
                    current = new ArrayList<>();
                }
            }
        }
        if (!current.isEmpty()) {
            rows.add(current);
        }
        return rows;
    }

    private double widthOf(Node n, double contentWidth) {
        return isFullRow(n) ? contentWidth : columnWidth(contentWidth, minColumnWidth(), gap);
    }

    private double rowHeight(List<Node> row, double contentWidth) {
        double h = 0;
        for (Node n : row) {
            h = Math.max(h, n.prefHeight(widthOf(n, contentWidth)));
        }
        return h;
    }

    @Override
    public javafx.geometry.Orientation getContentBias() {
        return javafx.geometry.Orientation.HORIZONTAL;
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset() + minColumnWidth();
    }

    @Override
    protected double computePrefWidth(double height) {
        // Prefers no particular width: it takes what the scroll pane gives (fit to width).
        return computeMinWidth(height);
    }

    @Override
    protected double computePrefHeight(double width) {
        double contentWidth = (width < 0 ? computePrefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
        double h = 0;
        List<List<Node>> rows = rows(contentWidth);
        for (List<Node> row : rows) {
            h += rowHeight(row, contentWidth);
        }
        h += Math.max(0, rows.size() - 1) * gap;
        return snappedTopInset() + snappedBottomInset() + h;
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double contentWidth = getWidth() - left - snappedRightInset();
        double y = snappedTopInset();
        for (List<Node> row : rows(contentWidth)) {
            double h = rowHeight(row, contentWidth);
            double x = left;
            for (Node n : row) {
                double w = widthOf(n, contentWidth);
                n.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(w), snapSizeY(h));
                x += w + gap;
            }
            y += h + gap;
        }
    }
}
