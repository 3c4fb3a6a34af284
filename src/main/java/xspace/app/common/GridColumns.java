package xspace.app.common;

import org.controlsfx.control.GridView;

/**
 * Spreads a grid's columns over its width. ControlsFX's grid puts its cells at the left and leaves
 * the width they do not fill as a strip on the right; the spacing grows with the width instead.
 */
public final class GridColumns {

    private GridColumns() {
    }

    /** Keeps {@code grid}'s columns spread, its spacing never under {@code minSpacing}. */
    public static void spread(GridView<?> grid, double minSpacing) {
        grid.setHorizontalCellSpacing(minSpacing);
        grid.widthProperty().addListener((o, old, width) -> grid.setHorizontalCellSpacing(
                spacingFor(width.doubleValue(), grid.getCellWidth(), minSpacing)));
    }

    /**
     * The horizontal spacing that spreads the columns over {@code width}: as many columns as fit
     * with the least spacing, then the rest shared out. The grid's skin lays a row out in its width
     * less 18 pixels for the scroll bar, each cell with the spacing on both sides.
     */
    public static double spacingFor(double width, double cellWidth, double minSpacing) {
        double row = width - 18;
        int columns = Math.max(1, (int) Math.floor(row / (cellWidth + 2 * minSpacing)));
        // A quarter pixel short of the exact share, so that rounding never drops the last column.
        return Math.max(minSpacing, (row / columns - cellWidth) / 2 - 0.25);
    }
}
