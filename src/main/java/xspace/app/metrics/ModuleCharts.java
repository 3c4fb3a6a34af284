package xspace.app.metrics;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import xspace.app.common.AppState;
import xspace.app.common.BackgroundTasks;
import xspace.engine.ProgressTask;
import xspace.explain.EpochCurve;
import xspace.explain.ModuleInfo;
import xspace.workspace.session.ScorePairs;
import xspace.workspace.session.WorkspaceSession;
import xspace.workspace.session.XFeatureScores;

/**
 * How the current module was trained and how faithful it is: the terms of eq. (4) per epoch, as
 * stored with the module, and ŷ_j against ȳ_j on its training and test samples, computed in the
 * background.
 */
final class ModuleCharts extends HBox {

    private final AppState state;
    private final BackgroundTasks tasks;
    private final LineChart<Number, Number> curves = new LineChart<>(new NumberAxis(), new NumberAxis());
    private final DiagonalScatterChart scatter = new DiagonalScatterChart(new NumberAxis(), new NumberAxis());
    private final Label scatterCaption = new Label();

    ModuleCharts(AppState state, BackgroundTasks tasks) {
        super(12);
        this.state = state;
        this.tasks = tasks;
        curves.setId("metrics-curves");
        scatter.setId("metrics-scatter");
        scatterCaption.setId("metrics-scatter-caption");
        configure();
        VBox right = new VBox(4, scatter, scatterCaption);
        HBox.setHgrow(curves, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        scatterCaption.getStyleClass().add("caption");
        scatterCaption.setWrapText(true);
        getChildren().addAll(curves, right);
    }

    private void configure() {
        curves.setTitle("Loss terms of eq. (4) per epoch");
        curves.setCreateSymbols(false);
        curves.getXAxis().setLabel("epoch");
        curves.setPrefHeight(360);
        scatter.setTitle("ŷ_j of the network against ȳ_j of the module");
        scatter.getXAxis().setLabel("ŷ_j (network)");
        scatter.getYAxis().setLabel("ȳ_j (module)");
        ((NumberAxis) scatter.getXAxis()).setForceZeroInRange(false);
        ((NumberAxis) scatter.getYAxis()).setForceZeroInRange(false);
        scatter.setPrefHeight(360);
    }

    /** The module's curves at once, its scatter once computed; nothing without a module. */
    void show(XFeatureScores scores) {
        curves.getData().clear();
        scatter.getData().clear();
        if (scores == null) {
            scatterCaption.setText("");
            return;
        }
        ModuleInfo info = scores.module().info();
        showCurves(info);
        WorkspaceSession session = state.session.get();
        scatterCaption.setText("computing…");
        ProgressTask<ScorePairs> work = monitor -> ScorePairs.compute(scores.module(), session.zRows(), monitor);
        tasks.runWhileCurrent(List.of(state.scores), "metrics-scatter", "ŷ and ȳ of " + info.id(), work,
                this::showScatter);
    }

    private void showCurves(ModuleInfo info) {
        List<EpochCurve> epochs = info.curves() == null ? List.of() : info.curves();
        curves.setTitle(epochs.isEmpty() ? "No training curves stored with " + info.id()
                : "Loss terms of eq. (4) per epoch, " + info.id());
        curves.getData().add(series("total loss", epochs, EpochCurve::loss));
        curves.getData().add(series("faithfulness", epochs, EpochCurve::faithfulness));
        curves.getData().add(series("reconstruction", epochs, EpochCurve::reconstruction));
    }

    private static XYChart.Series<Number, Number> series(String name, List<EpochCurve> epochs,
            ToDoubleFunction<EpochCurve> term) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (EpochCurve e : epochs) {
            series.getData().add(new XYChart.Data<>(e.epoch(), term.applyAsDouble(e)));
        }
        return series;
    }

    private void showScatter(ScorePairs pairs) {
        scatter.getData().add(points("training sample", pairs.train()));
        scatter.getData().add(points("test sample", pairs.test()));
        scatterCaption.setText(String.format(Locale.ROOT,
                "Each image once: %d training and %d test images. All positives; of the %d and %d negatives at most %d"
                        + " per sample, evenly spaced. On the diagonal ȳ_j = ŷ_j.",
                pairs.train().size(), pairs.test().size(), pairs.trainNegatives(), pairs.testNegatives(),
                ScorePairs.NEGATIVES));
    }

    private static XYChart.Series<Number, Number> points(String name, List<ScorePairs.Point> points) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(name);
        for (ScorePairs.Point p : points) {
            series.getData().add(new XYChart.Data<>(p.yHat(), p.yBar()));
        }
        return series;
    }
}
