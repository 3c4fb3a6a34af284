package xspace.workspace.session;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import xspace.engine.TaskMonitor;
import xspace.explain.ExplanationModule;

/**
 * The network's ŷ_j against the module's ȳ_j on the images the module was trained and tested on:
 * the picture behind Freg (a faithful module lies on the diagonal). Each image counts once, however
 * often the weighted sampling drew it. The 8,000 negatives of a paper-sized sample would bury the
 * positives under identical dots, so beyond {@link #NEGATIVES} negatives per sample an even stride
 * of them is kept; all positives are kept.
 */
public record ScorePairs(List<Point> train, List<Point> test, int trainNegatives, int testNegatives) {

    public static final int NEGATIVES = 1000;

    /** One image: ŷ_j of the network, ȳ_j of the module, whether it is of class j. */
    public record Point(int imageId, double yHat, double yBar, boolean positive) {
    }

    public static ScorePairs compute(ExplanationModule module, ZRows features, TaskMonitor monitor) {
        var info = module.info();
        monitor.progress(0, "ŷ and ȳ of the training sample of " + info.id());
        int[] train = distinct(info.trainImageIds(), features);
        List<Point> trainPoints = points(module, features, kept(train, features, info.classIndex()));
        monitor.checkCancelled();
        monitor.progress(0.5, "ŷ and ȳ of the test sample of " + info.id());
        int[] test = distinct(info.testImageIds(), features);
        List<Point> testPoints = points(module, features, kept(test, features, info.classIndex()));
        monitor.progress(1, "ŷ and ȳ of " + info.id());
        return new ScorePairs(trainPoints, testPoints, negatives(train, features, info.classIndex()),
                negatives(test, features, info.classIndex()));
    }

    private static int[] distinct(int[] ids, ZRows features) {
        return ids == null ? new int[0] : Arrays.stream(ids).distinct().filter(features::has).sorted().toArray();
    }

    private static int negatives(int[] ids, ZRows features, int classIndex) {
        return (int) Arrays.stream(ids).filter(id -> features.label(id) != classIndex).count();
    }

    private static int[] kept(int[] ids, ZRows features, int classIndex) {
        int[] negatives = Arrays.stream(ids).filter(id -> features.label(id) != classIndex).toArray();
        double stride = Math.max(1, (double) negatives.length / NEGATIVES);
        List<Integer> out = new ArrayList<>();
        Arrays.stream(ids).filter(id -> features.label(id) == classIndex).forEach(out::add);
        for (double k = 0; k < negatives.length && out.size() < ids.length; k += stride) {
            out.add(negatives[(int) k]);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<Point> points(ExplanationModule module, ZRows features, int[] ids) {
        if (ids.length == 0) {
            return List.of();
        }
        int j = module.info().classIndex();
        float[][] logits = features.logitRows(ids);
        double[] yBar = module.predict(Nd4j.create(features.zRows(ids))).castTo(DataType.DOUBLE).reshape(ids.length)
                .toDoubleVector();
        List<Point> points = new ArrayList<>(ids.length);
        for (int m = 0; m < ids.length; m++) {
            points.add(new Point(ids[m], logits[m][j], yBar[m], features.label(ids[m]) == j));
        }
        return points;
    }
}
