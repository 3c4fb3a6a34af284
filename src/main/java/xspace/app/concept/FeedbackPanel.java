package xspace.app.concept;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import xspace.workspace.session.FeatureAnnotation;
import xspace.workspace.session.TrustFeedback;

/**
 * How the votes change the explanation, live: Freg and Fcls of the module as trained next to those
 * of the predictor without the distrusted x-features, on the training and test samples.
 */
public final class FeedbackPanel extends VBox {

    private final Label heading = new Label("Faithfulness");
    private final GridPane grid = new GridPane();
    private final Label note = new Label();

    FeedbackPanel() {
        super(6);
        getStyleClass().add("feedback-panel");
        heading.getStyleClass().add("heading");
        grid.setHgap(12);
        grid.setVgap(3);
        note.setWrapText(true);
        note.getStyleClass().add("caption");
        note.setId("feedback-note");
        getChildren().addAll(heading, grid, note);
        show(null);
    }

    void show(TrustFeedback.Comparison c) {
        grid.getChildren().clear();
        if (c == null) {
            note.setText("computing…");
            return;
        }
        grid.addRow(0, header(""), header("as trained"), header("without distrusted"));
        row(1, "Freg train", "freg-train", c.trainedTrain().freg(), c.withoutTrain().freg(), false);
        row(2, "Freg test", "freg-test", c.trainedTest().freg(), c.withoutTest().freg(), false);
        row(3, "Fcls train", "fcls-train", c.trainedTrain().fcls(), c.withoutTrain().fcls(), true);
        row(4, "Fcls test", "fcls-test", c.trainedTest().fcls(), c.withoutTest().fcls(), true);
        String left = c.distrusted().isEmpty() ? "No x-feature is distrusted by majority yet."
                : "Distrusted by majority: " + FeatureAnnotation.labels(c.distrusted())
                        + "; their weights are set to 0 and the bias refitted on the training sample.";
        note.setText(left + (c.moduleSample() ? "" : " (Samples drawn with seed " + TrustFeedback.DEFAULT_SEED
                + "; they differ from the module's own.)"));
    }

    private void row(int index, String name, String id, double trained, double without, boolean percent) {
        Label a = new Label(format(trained, percent));
        Label b = new Label(format(without, percent));
        a.setId(id + "-trained");
        b.setId(id + "-without");
        grid.addRow(index, new Label(name), a, b);
    }

    private static Label header(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("caption");
        return label;
    }

    private static String format(double value, boolean percent) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return percent ? String.format(Locale.ROOT, "%.1f %%", 100 * value) : String.format(Locale.ROOT, "%.4f", value);
    }
}
