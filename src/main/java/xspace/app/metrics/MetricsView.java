package xspace.app.metrics;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import xspace.engine.ProgressTask;
import xspace.explain.ModuleInfo;
import xspace.workspace.TableColumns;
import xspace.workspace.TableMeasure;
import xspace.workspace.XFeatureResult;
import xspace.workspace.session.EvaluationOutput;
import xspace.workspace.session.FeatureAnnotation;
import xspace.workspace.session.ModuleEvaluation;
import xspace.workspace.session.WorkspaceSession;
import xspace.workspace.session.XFeatureScores;
import xspace.app.common.AppState;
import xspace.app.common.BackgroundTasks;
import xspace.app.common.Icons;

/**
 * The numbers behind the explanations: the paper's Tables 1 and 2 for the workspace from the latest
 * {@code xspace evaluate} output, the training curves of the current module (the terms of eq. (4)
 * per epoch), ŷ_j against ȳ_j on the module's training and test samples, and what the latest
 * evaluation measured for each of the module's x-features.
 */
public final class MetricsView extends BorderPane {

    private static final String MEAN_CONTRIBUTION = "mean v_i·E_i";
    private static final String LOCALITY = "locality (entropy)";
    private static final String DISCRIMINATIVE_SHARE = "discriminative-part share";
    private static final Map<String, Optional<String>> X_FEATURE_COLUMNS = Map.of(
            "x-feature", Optional.empty(),
            MEAN_CONTRIBUTION, Optional.of("The x-feature's mean contribution to ȳ_j over the class's test images:"
                    + " its weight v_i times its value E_i; negative when it speaks against the class"),
            LOCALITY, Optional.of(TableMeasure.LOCALITY.meaning()),
            DISCRIMINATIVE_SHARE, Optional.of(TableMeasure.DISCRIMINATIVE_SHARE.meaning()));

    private final AppState state;
    private final BackgroundTasks tasks;
    private final Label tablesSource = new Label();
    private final TextField command = new TextField();
    private final TableView<List<String>> table1 = new TableView<>();
    private final TableView<List<String>> table2 = new TableView<>();
    private final ModuleCharts charts;
    private final Label xFeaturesSource = new Label();
    private final TableView<List<String>> xFeatures = new TableView<>();
    private MeasureTable measures1;
    private MeasureTable measures2;
    private MeasureTable measuresX;

    public MetricsView(AppState state, BackgroundTasks tasks) {
        this.state = state;
        this.tasks = tasks;
        this.charts = new ModuleCharts(state, tasks);
        getStyleClass().add("metrics-view");
        tablesSource.setId("metrics-tables-source");
        tablesSource.setWrapText(true);
        command.setId("metrics-command");
        command.setEditable(false);
        table1.setId("metrics-table1");
        table2.setId("metrics-table2");
        xFeaturesSource.setId("metrics-x-features-source");
        xFeaturesSource.setWrapText(true);
        xFeatures.setId("metrics-x-features");
        Button reload = new Button("Reload tables", Icons.of(MaterialDesignR.REFRESH));
        reload.setId("metrics-reload");
        reload.setOnAction(e -> {
            loadTables();
            loadXFeatures(state.scores.get());
        });
        Label hint = new Label("Point at a measure or at a column's name to read what it means.");
        hint.getStyleClass().add("caption");
        VBox content = new VBox(10, heading("Tables 1 and 2 (latest evaluation)"), hint, new HBox(8, reload, tablesSource),
                command, table1, table2, heading("Training of the current module"), charts,
                heading("x-features of the current module (latest evaluation)"), xFeaturesSource, xFeatures);
        content.setPadding(new Insets(14));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        configureTables();
        state.session.addListener((o, old, session) -> loadTables());
        state.scores.addListener((o, old, scores) -> showModule(scores));
        state.revision.addListener((o, old, revision) -> loadXFeatures(state.scores.get()));
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heading");
        return label;
    }

    private void configureTables() {
        Function<String, Optional<String>> measure = label -> TableMeasure.of(label).map(TableMeasure::meaning);
        measures1 = new MeasureTable(table1, TableColumns::meaning, measure);
        measures2 = new MeasureTable(table2, TableColumns::meaning, measure);
        measuresX = new MeasureTable(xFeatures, X_FEATURE_COLUMNS::get, label -> Optional.empty());
        command.setVisible(false);
        command.managedProperty().bind(command.visibleProperty());
    }

    /** Reads the latest evaluation output in the background; called on opening and by Reload. */
    void loadTables() {
        WorkspaceSession session = state.session.get();
        if (session == null) {
            return;
        }
        ProgressTask<Optional<EvaluationOutput>> work = monitor -> EvaluationOutput.latest(session.workspace());
        tasks.runWhileCurrent(List.of(state.session), "evaluation-tables", "Reading the evaluation tables", work,
                output -> showTables(session, output));
    }

    private void showTables(WorkspaceSession session, Optional<EvaluationOutput> output) {
        command.setVisible(output.isEmpty());
        if (output.isEmpty()) {
            tablesSource.setText("This workspace has no evaluation yet. Run this command, then press Reload tables:");
            command.setText(EvaluationOutput.command(session.workspace().root()));
            measures1.fill(List.of());
            measures2.fill(List.of());
            return;
        }
        EvaluationOutput e = output.get();
        tablesSource.setText("From " + e.folder() + " (written " + DateTimeFormatter
                .ofPattern("yyyy-MM-dd HH:mm").format(e.written().toInstant().atZone(ZoneId.systemDefault()))
                + ")"
                + (e.request().isEmpty() ? "" : ": " + e.request()));
        measures1.fill(e.table1());
        measures2.fill(e.table2());
    }

    private void showModule(XFeatureScores scores) {
        charts.show(scores);
        loadXFeatures(scores);
    }

    /** The latest evaluation's figures for each x-feature of the module, read in the background. */
    private void loadXFeatures(XFeatureScores scores) {
        WorkspaceSession session = state.session.get();
        if (scores == null || session == null) {
            xFeaturesSource.setText("");
            measuresX.fill(List.of());
            return;
        }
        ModuleInfo info = scores.module().info();
        ProgressTask<ModuleEvaluation> work = monitor -> ModuleEvaluation.latest(session, info);
        tasks.runWhileCurrent(List.of(state.scores, state.revision), "metrics-x-features",
                "x-feature measures of " + info.id(), work, this::showXFeatures);
    }

    private void showXFeatures(ModuleEvaluation evaluation) {
        xFeaturesSource.setText(evaluation.note());
        List<List<String>> rows = new ArrayList<>();
        if (!evaluation.xFeatures().isEmpty()) {
            rows.add(List.of("x-feature", MEAN_CONTRIBUTION, LOCALITY, DISCRIMINATIVE_SHARE));
            for (XFeatureResult f : evaluation.xFeatures()) {
                rows.add(List.of(title(evaluation, f.index()), number("%+.3f", f.meanContribution()),
                        number("%.3f", f.locality()), number("%.1f %%", 100 * f.discriminativeShare())));
            }
        }
        measuresX.fill(rows);
    }

    /** The annotations are read in the order of the x-features; without them the bare number. */
    private static String title(ModuleEvaluation evaluation, int feature) {
        List<FeatureAnnotation> annotations = evaluation.annotations();
        return feature < annotations.size() ? annotations.get(feature).numberedTitle()
                : FeatureAnnotation.label(feature);
    }

    private static String number(String format, double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, format, value) : "—";
    }
}
