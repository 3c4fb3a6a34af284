package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.testfx.api.FxRobot;
import xspace.data.NpyFile;
import xspace.explain.EpochCurve;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleStore;
import xspace.model.FeatureIndex;
import xspace.workspace.Workspace;

/** The metrics view: evaluation tables from the latest output, training curves, ŷ against ȳ. */
class AppMetricsViewTest extends AppTestBase {

    /** Two tests write evaluation outputs, which the others must not find. */
    @Override
    protected boolean freshWorkspacePerTest() {
        return true;
    }

    private void openMetrics(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        robot.interact(() -> window.show(View.METRICS));
        AppDriver.await(() -> window.tasks.running().isEmpty());
    }

    private ExplanationModule module() {
        Workspace ws = Workspace.open(workspace);
        return ModuleStore.load(ws.modules().requireCurrent(xspace.explain.ExplanationMethod.SRAE, 0).file(), ws.cnnInfo());
    }

    @Test
    void withoutAnEvaluationItSaysWhatToRunAndAfterwardsShowsTheLatestTables(FxRobot robot) throws Exception {
        openMetrics(robot);
        TextField command = robot.lookup("#metrics-command").queryAs(TextField.class);
        assertThat(command.isVisible()).isTrue();
        assertThat(command.getText()).startsWith("xspace evaluate --workspace ")
                .contains("--out " + workspace.toAbsolutePath().normalize() + "/exports/evaluation");
        assertThat(robot.lookup("#metrics-table1").queryAs(TableView.class).isVisible()).isFalse();

        Path older = Files.createDirectories(workspace.resolve("exports/first-try"));
        Files.writeString(older.resolve("table1.csv"), "Measure,SRAE\nFreg training,9.0 ± 0.0\n");
        Files.setLastModifiedTime(older.resolve("table1.csv"), java.nio.file.attribute.FileTime.fromMillis(0));
        Path out = Files.createDirectories(workspace.resolve("exports/evaluation"));
        Files.writeString(out.resolve("table1.csv"), "Measure,SRAE,NN,Z,ExcitationBP\n"
                + "Freg training,0.1234 ± 0.0100,0.2000 ± 0.0300,—,—\n\"O1, positive\",0.5 ± 0.1,0.6 ± 0.1,—,—\n",
                StandardCharsets.UTF_8);
        Files.writeString(out.resolve("table2.csv"), "Method,Original image,Mask by Excitation BP\n"
                + "Classification accuracy,0.9 ± 0.1,0.4 ± 0.2\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("results.json"), "{\"request\": {\"methods\": [\"SRAE\", \"NN\"], \"n\": 4,"
                + " \"seed\": 1}, \"classes\": [{}, {}]}", StandardCharsets.UTF_8);
        robot.clickOn("#metrics-reload");
        AppDriver.await(() -> window.tasks.running().isEmpty() && !command.isVisible());

        @SuppressWarnings("unchecked")
        TableView<List<String>> table1 = robot.lookup("#metrics-table1").queryAs(TableView.class);
        assertThat(table1.getColumns()).extracting(c -> ((Label) c.getGraphic()).getText())
                .containsExactly("Measure", "SRAE", "NN", "Z", "ExcitationBP");
        assertThat(table1.getItems()).containsExactly(List.of("Freg training", "0.1234 ± 0.0100", "0.2000 ± 0.0300",
                "—", "—"), List.of("O1, positive", "0.5 ± 0.1", "0.6 ± 0.1", "—", "—"));
        assertThat(table1.getColumns()).extracting(c -> ((Label) c.getGraphic()).getTooltip())
                .as("each column but the first says what it holds").first().isNull();
        assertThat(((Label) table1.getColumns().get(4).getGraphic()).getTooltip().getText())
                .startsWith("Excitation Backprop's map of the class score");
        assertThat(rowTooltip(robot, table1, 0)).startsWith("Faithfulness (paper §4.1)").contains("Lower is better");
        assertThat(rowTooltip(robot, table1, 1)).as("a row this release does not write").isNull();
        @SuppressWarnings("unchecked")
        TableView<List<String>> table2 = robot.lookup("#metrics-table2").queryAs(TableView.class);
        assertThat(table2.getItems()).containsExactly(List.of("Classification accuracy", "0.9 ± 0.1", "0.4 ± 0.2"));
        assertThat(robot.lookup("#metrics-tables-source").queryAs(Label.class).getText())
                .contains(out.toString()).containsPattern("\\(written \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d\\)")
                .endsWith(": 2 classes, methods SRAE, NN, n = 4, seed 1");
    }

    /** The tooltip of row {@code index} as the table's row factory makes it, laid out or not. */
    private static String rowTooltip(FxRobot robot, TableView<List<String>> table, int index) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.TableRow<List<String>> row = table.getRowFactory().call(table);
            row.updateTableView(table);
            row.updateIndex(index);
            return row.getTooltip() == null ? null : row.getTooltip().getText();
        }).get();
    }

    @Test
    void theCurrentModulesXFeaturesShowTheLatestEvaluationsFiguresOnlyForTheVersionMeasured(FxRobot robot)
            throws Exception {
        openMetrics(robot);
        ExplanationModule module = module();
        Path out = Files.createDirectories(workspace.resolve("exports/evaluation"));
        Files.writeString(out.resolve("table1.csv"), "Measure,SRAE\nFreg training,0.1 ± 0.0\n");
        int n = module.info().n();
        java.util.List<xspace.workspace.XFeatureResult> measured = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            measured.add(new xspace.workspace.XFeatureResult(i, i == 0 ? -0.25 : 1.5 * i, 1.25, i == 1 ? Double.NaN : 0.125));
        }
        writeClassResult(out, module.info().versionId(), measured);
        robot.clickOn("#metrics-reload");
        @SuppressWarnings("unchecked")
        TableView<List<String>> table = robot.lookup("#metrics-x-features").queryAs(TableView.class);
        AppDriver.await(() -> window.tasks.running().isEmpty() && table.getItems().size() == n);
        assertThat(table.getItems().get(0)).containsExactly("x-feature 0", "-0.250", "1.250", "12.5 %");
        assertThat(table.getItems().get(1)).containsExactly("x-feature 1", "+1.500", "1.250", "—");
        assertThat(table.getItems().get(2).get(0)).isEqualTo("x-feature 2");

        var db = window.state.session.get().database();
        db.setName(new xspace.workspace.db.XFeatureKey(module.info().versionId(), 0, 2), db.addAnnotator("Ana"),
                "white nape");
        robot.interact(() -> window.state.revision.set(window.state.revision.get() + 1));
        AppDriver.await(() -> window.tasks.running().isEmpty()
                && table.getItems().get(2).get(0).equals("x-feature 2 · white nape"));
        assertThat(robot.lookup("#metrics-x-features-source").queryAs(Label.class).getText())
                .contains(out.toString()).contains("7 test images");

        writeClassResult(out, "srae-class-000@0000000000000000", measured);
        robot.clickOn("#metrics-reload");
        Label source = robot.lookup("#metrics-x-features-source").queryAs(Label.class);
        AppDriver.await(() -> window.tasks.running().isEmpty() && source.getText().contains("not the version in use"));
        assertThat(table.getItems()).isEmpty();
        assertThat(source.getText()).contains("srae-class-000@0000000000000000").contains(module.info().versionId());
    }

    /** A class result as {@code xspace evaluate} keeps it, with the SRAE module's version and x-feature measures. */
    private static void writeClassResult(Path out, String version, List<xspace.workspace.XFeatureResult> measured)
            throws Exception {
        xspace.workspace.MethodResult method = new xspace.workspace.MethodResult(0.1, 0.2, 1, 1, 0.5, 1, false, 1.2, 1,
                0.1, false, 6, 0, 0.1, measured);
        xspace.workspace.ClassResult result = new xspace.workspace.ClassResult(0, "class 0", 7,
                java.util.Map.of("SRAE", method), 2, 1.5, 3, 1, 1, 0.1, java.util.Map.of("SRAE", version));
        Files.createDirectories(out.resolve("classes"));
        Files.writeString(out.resolve("classes/class-000.json"), new com.google.gson.GsonBuilder()
                .serializeSpecialFloatingPointValues().create().toJson(result));
    }

    @Test
    void theTrainingCurvesAreTheModulesLossTermsPerEpoch(FxRobot robot) throws Exception {
        openMetrics(robot);
        List<EpochCurve> epochs = module().info().curves();
        assertThat(epochs).isNotEmpty();
        LineChart<?, ?> chart = robot.lookup("#metrics-curves").queryAs(LineChart.class);

        assertThat(chart.getData()).extracting(XYChart.Series::getName)
                .containsExactly("total loss", "faithfulness", "reconstruction");
        double[][] expected = {
            epochs.stream().mapToDouble(EpochCurve::loss).toArray(),
            epochs.stream().mapToDouble(EpochCurve::faithfulness).toArray(),
            epochs.stream().mapToDouble(EpochCurve::reconstruction).toArray()};
        for (int s = 0; s < 3; s++) {
            double[] shown = chart.getData().get(s).getData().stream().mapToDouble(d -> ((Number) d.getYValue())
                    .doubleValue()).toArray();
            assertThat(shown).containsExactly(expected[s]);
        }
    }

    @Test
    void theScatterShowsEachSampleImageOnceAtItsNetworkAndModuleScores(FxRobot robot) throws Exception {
        openMetrics(robot);
        ScatterChart<?, ?> chart = robot.lookup("#metrics-scatter").queryAs(ScatterChart.class);
        AppDriver.await(() -> chart.getData().size() == 2);
        ExplanationModule module = module();

        assertPoints(chart.getData().get(0), module, module.info().trainImageIds());
        assertPoints(chart.getData().get(1), module, module.info().testImageIds());
        assertThat(robot.lookup("#metrics-diagonal").query().isVisible()).isTrue();
    }

    /** ŷ_0 from logits.npy and ȳ from the module's predictor, sorted by ŷ, against the series' points. */
    private void assertPoints(XYChart.Series<?, ?> series, ExplanationModule module, int[] sampleIds) throws Exception {
        Workspace ws = Workspace.open(workspace);
        List<FeatureIndex.Entry> index = FeatureIndex.read(ws.featuresDir());
        float[][] z = NpyFile.readAll(ws.featuresDir().resolve("z.npy"));
        float[][] logits = NpyFile.readAll(ws.featuresDir().resolve("logits.npy"));
        int[] ids = Arrays.stream(sampleIds).distinct().toArray();
        double[][] expected = new double[ids.length][];
        for (int m = 0; m < ids.length; m++) {
            int id = ids[m];
            int row = index.stream().filter(e -> e.imageId() == id).findFirst().orElseThrow().row();
            double yBar = module.predict(Nd4j.create(new float[][] {z[row]})).castTo(DataType.DOUBLE).getDouble(0);
            expected[m] = new double[] {logits[row][0], yBar};
        }
        double[][] shown = series.getData().stream().map(d -> new double[] {((Number) d.getXValue()).doubleValue(),
            ((Number) d.getYValue()).doubleValue()}).toArray(double[][]::new);
        Arrays.sort(expected, (a, b) -> Double.compare(a[0], b[0]));
        Arrays.sort(shown, (a, b) -> Double.compare(a[0], b[0]));
        assertThat(shown).hasSameDimensionsAs(expected);
        for (int m = 0; m < ids.length; m++) {
            assertThat(shown[m][0]).isCloseTo(expected[m][0], within(1e-6));
            assertThat(shown[m][1]).isCloseTo(expected[m][1], within(1e-4));
        }
    }
}
