package xspace.app;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import xspace.engine.TaskMonitor;
import xspace.explain.ExplanationModule;
import xspace.model.FeatureIndex;

/**
 * The contributions v_i·E_i of one module's x-features on every image with cached features: what
 * the concept gallery sorts by and the class overview averages. Computed in blocks so that
 * progress shows and cancellation is prompt.
 */
final class XFeatureScores {

    private static final int BLOCK = 512;

    /** One image's contribution of one x-feature; positives are images of the explained class. */
    record Scored(int imageId, double value, boolean positive) {
    }

    private final ExplanationModule module;
    private final List<FeatureIndex.Entry> entries;
    private final double[][] contributions;

    private XFeatureScores(ExplanationModule module, List<FeatureIndex.Entry> entries, double[][] contributions) {
        this.module = module;
        this.entries = entries;
        this.contributions = contributions;
    }

    static XFeatureScores compute(ExplanationModule module, FeatureTable features, TaskMonitor monitor) {
        List<FeatureIndex.Entry> entries = features.entries();
        double[] v = module.parameters().get("v").castTo(DataType.DOUBLE).toDoubleVector();
        double[][] out = new double[entries.size()][];
        for (int first = 0; first < entries.size(); first += BLOCK) {
            monitor.checkCancelled();
            int count = Math.min(BLOCK, entries.size() - first);
            double[][] e = module.xFeatures(Nd4j.create(features.zBlock(first, count))).castTo(DataType.DOUBLE)
                    .toDoubleMatrix();
            for (int r = 0; r < count; r++) {
                out[first + r] = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    out[first + r][i] = v[i] * e[r][i];
                }
            }
            monitor.progress(first + count, entries.size(), "x-features of " + module.info().id());
        }
        return new XFeatureScores(module, entries, out);
    }

    ExplanationModule module() {
        return module;
    }

    /** Every image for one x-feature: positives first, each group by v_i·E_i descending (Fig. 3(b)). */
    List<Scored> gallery(int feature) {
        List<Scored> all = new ArrayList<>(entries.size());
        for (int r = 0; r < entries.size(); r++) {
            FeatureIndex.Entry e = entries.get(r);
            all.add(new Scored(e.imageId(), contributions[r][feature], e.label() == module.info().classIndex()));
        }
        all.sort(Comparator.comparing(Scored::positive).reversed()
                .thenComparing(Comparator.comparingDouble(Scored::value).reversed()));
        return all;
    }

    /** The mean v_i·E_i over the explained class's images: how much the x-feature supports the class. */
    double meanOverPositives(int feature) {
        double sum = 0;
        int count = 0;
        for (int r = 0; r < entries.size(); r++) {
            if (entries.get(r).label() == module.info().classIndex()) {
                sum += contributions[r][feature];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** The x-feature with the largest mean contribution over positives (Fig. 4(a)). */
    int mostImportant() {
        int best = 0;
        for (int i = 1; i < module.info().n(); i++) {
            if (meanOverPositives(i) > meanOverPositives(best)) {
                best = i;
            }
        }
        return best;
    }
}
