package xspace.app.metrics;

import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.ScatterChart;
import javafx.scene.shape.Line;
import java.util.ArrayList;
import java.util.List;

/**
 * A scatter chart of ŷ against ȳ with the diagonal ȳ = ŷ drawn across the plot, where a perfectly
 * faithful module's points would lie. Both axes range over the same values (all of ŷ and ȳ
 * together): with a range of its own each, a module whose ȳ is off in offset or scale would still
 * draw its points along a diagonal. The diagonal is placed again at every layout.
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
    protected void updateAxisRange() {
        List<Number> values = new ArrayList<>();
        for (Series<Number, Number> series : getData()) {
            for (Data<Number, Number> point : series.getData()) {
                values.add(point.getXValue());
                values.add(point.getYValue());
            }
        }
        if (getXAxis().isAutoRanging()) {
            getXAxis().invalidateRange(values);
        }
        if (getYAxis().isAutoRanging()) {
            getYAxis().invalidateRange(values);
        }
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
