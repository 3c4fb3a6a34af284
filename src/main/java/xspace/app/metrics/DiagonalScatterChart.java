package xspace.app.metrics;

import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.shape.Line;

/**
 * A scatter chart of ŷ against ȳ with the diagonal ȳ = ŷ drawn across the plot, where a perfectly
 * faithful module's points would lie. The axes range on their own, so the diagonal is placed
 * again at every layout.
 */
public final class DiagonalScatterChart extends ScatterChart<Number, Number> {

    private final Line diagonal = new Line();

    DiagonalScatterChart(NumberAxis x, NumberAxis y) {
        super(x, y);
        diagonal.getStyleClass().add("diagonal");
        diagonal.setId("metrics-diagonal");
        diagonal.setManaged(false);
        getPlotChildren().add(diagonal);
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        NumberAxis x = (NumberAxis) getXAxis();
        NumberAxis y = (NumberAxis) getYAxis();
        double from = Math.max(x.getLowerBound(), y.getLowerBound());
        double to = Math.min(x.getUpperBound(), y.getUpperBound());
        diagonal.setVisible(to > from);
        diagonal.setStartX(x.getDisplayPosition(from));
        diagonal.setStartY(y.getDisplayPosition(from));
        diagonal.setEndX(x.getDisplayPosition(to));
        diagonal.setEndY(y.getDisplayPosition(to));
    }
}
