package xspace.app.image;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import xspace.data.BirdClass;
import xspace.explain.ModuleInfo;
import xspace.workspace.session.FeatureAnnotation;
import xspace.workspace.session.ImageExplanation;
import xspace.workspace.session.TrustFeedback;

/**
 * Beside the image: which image and class, the network's score ŷ_j next to the module's ȳ_j, and
 * ȳ_j of the predictor without the distrusted x-features once anyone distrusts one.
 */
public final class ScoreSummary extends VBox {

    private static final double MAX_WIDTH = 360;

    private final Label heading = new Label();
    private final Label yHat = new Label();
    private final Label yBar = new Label();
    private final Label yBarWithout = new Label();
    private final Label module = new Label();

    ScoreSummary() {
        super(6);
        getStyleClass().add("score-summary");
        heading.getStyleClass().add("heading");
        yHat.setId("y-hat");
        yBar.setId("y-bar");
        yBarWithout.setId("y-bar-without");
        module.getStyleClass().add("caption");
        // Long class names wrap instead of being cut off beside a wide image.
        for (Label label : new Label[] {heading, yHat, yBar, yBarWithout, module}) {
            label.setWrapText(true);
            label.setMaxWidth(MAX_WIDTH);
        }
        yHat.setTooltip(tip("ŷ_j: the network's own score for class j, before softmax: what the module explains"));
        yBar.setTooltip(tip("ȳ_j = vᵀE + b: the module's score, rebuilt from its x-features E (v: their weights,"
                + " b: a constant). Close to ŷ_j when the module is faithful"));
        yBarWithout.setTooltip(tip("ȳ_j with the x-features that annotators distrust left out (their weights set"
                + " to 0, b fitted again on the training images): how much of the score rests on them"));
        module.setTooltip(tip("Freg: the mean distance |ȳ_j − ŷ_j| over the module's training and test images;"
                + " lower is better. The Metrics view has the module's other measures"));
        // No gap where no x-feature is distrusted.
        yBarWithout.managedProperty().bind(yBarWithout.textProperty().isNotEmpty());
        getChildren().addAll(heading, yHat, yBar, yBarWithout, module);
    }

    private static Tooltip tip(String text) {
        Tooltip tip = new Tooltip(text);
        tip.setWrapText(true);
        tip.setMaxWidth(400);
        return tip;
    }

    void show(LoadedImage image, TrustFeedback.Comparison feedback) {
        if (image == null) {
            return;
        }
        String path = image.image().relativePath();
        heading.setText(path.substring(path.lastIndexOf('/') + 1) + (image.image().training() ? "  (training)"
                : "  (test)"));
        ImageExplanation e = image.explanation();
        if (e == null) {
            yHat.setText("");
            yBar.setText("");
            yBarWithout.setText("");
            module.setText("");
            return;
        }
        ModuleInfo info = e.module().info();
        yHat.setText(String.format(Locale.ROOT, "ŷ_%d = %.4f   (network, class %s)", info.classIndex(), e.yHat(),
                new BirdClass(info.classIndex() + 1, info.className()).displayName()));
        double b = e.explanation().bias();
        yBar.setText(String.format(Locale.ROOT, "ȳ_%d = vᵀE + b = %.4f %s %.4f = %.4f   (module)", info.classIndex(),
                e.explanation().yBar() - b, b < 0 ? "−" : "+", Math.abs(b), e.explanation().yBar()));
        boolean current = feedback != null && feedback.refit().weights().length == info.n()
                && !feedback.distrusted().isEmpty();
        yBarWithout.setText(current ? String.format(Locale.ROOT, "ȳ_%d = %.4f   without %s (distrusted)",
                info.classIndex(), e.yBarWith(feedback.refit().weights(), feedback.refit().bias()),
                FeatureAnnotation.labels(feedback.distrusted())) : "");
        module.setText(String.format(Locale.ROOT, "%s module, n = %d; Freg %.3f train / %.3f test%s",
                info.method(), info.n(), info.faithfulness(ModuleInfo.FREG_TRAIN),
                info.faithfulness(ModuleInfo.FREG_TEST), info.degenerate()
                        ? "\nDegenerate: some x-features are zero on every image of its class." : ""));
        module.getStyleClass().remove("warning");
        if (info.degenerate()) {
            module.getStyleClass().add("warning");
        }
    }
}
