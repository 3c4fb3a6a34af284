package xspace.workspace.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import xspace.engine.TaskMonitor;
import xspace.explain.ExplanationModule;
import xspace.model.FeatureIndex;

/**
 * The x-features E_i of one module on every image with cached features, their contributions
 * v_i·E_i, and whether the network classified each image rightly: what the concept gallery ranks
 * and filters, and the class overview averages. Computed in blocks so that progress shows and
 * cancellation is prompt.
 */
public final class XFeatureScores {

    private static final int BLOCK = 512;

    /**
     * One image for one x-feature: its class (the network's index), its activation E_i, its
     * contribution v_i·E_i, whether it shows the explained class, its split and whether the
     * network's prediction is right.
     */
    public record Scored(int imageId, int label, double activation, double value, boolean positive, boolean training,
            boolean correct) {
    }

    private final ExplanationModule module;
    private final List<FeatureIndex.Entry> entries;
    private final double[][] activations;
    private final double[] v;
    private final boolean[] correct;

    private XFeatureScores(ExplanationModule module, List<FeatureIndex.Entry> entries, double[][] activations,
            double[] v, boolean[] correct) {
        this.module = module;
        this.entries = entries;
        this.activations = activations;
        this.v = v;
        this.correct = correct;
    }

    public static XFeatureScores compute(ExplanationModule module, ZRows features, TaskMonitor monitor) {
        List<FeatureIndex.Entry> entries = features.entries();
        double[] v = module.parameters().get("v").castTo(DataType.DOUBLE).toDoubleVector();
        double[][] out = new double[entries.size()][];
        for (int first = 0; first < entries.size(); first += BLOCK) {
            monitor.checkCancelled();
            int count = Math.min(BLOCK, entries.size() - first);
            double[][] e = module.xFeatures(Nd4j.create(features.zBlock(first, count))).castTo(DataType.DOUBLE)
                    .toDoubleMatrix();
            System.arraycopy(e, 0, out, first, count);
            monitor.progress(first + count, entries.size(), "x-features of " + module.info().id());
        }
        return new XFeatureScores(module, entries, out, v, predictedRightly(features, entries));
    }

    /** The network's verdict on each image: the largest ŷ is the labelled class. */
    private static boolean[] predictedRightly(ZRows features, List<FeatureIndex.Entry> entries) {
        float[][] logits = features.logitRows(entries.stream().mapToInt(FeatureIndex.Entry::imageId).toArray());
        boolean[] right = new boolean[entries.size()];
        for (int r = 0; r < right.length; r++) {
            int best = 0;
            for (int c = 1; c < logits[r].length; c++) {
                best = logits[r][c] > logits[r][best] ? c : best;
            }
            right[r] = best == entries.get(r).label();
        }
        return right;
    }

    public ExplanationModule module() {
        return module;
    }

    /**
     * The images the filter lets through, by the x-feature's own activation E_i, strongest first:
     * where it fires, whatever the class. E_i ≥ 0, so for an x-feature with v_i < 0 this puts the
     * strongest evidence against the class first.
     */
    public List<Scored> gallery(int feature, GalleryFilter filter) {
        List<Scored> shown = new ArrayList<>();
        for (int r = 0; r < entries.size(); r++) {
            Scored s = scored(r, feature);
            if (filter.accepts(s)) {
                shown.add(s);
            }
        }
        shown.sort(Comparator.comparingDouble(Scored::activation).reversed()
                .thenComparing(Comparator.comparing(Scored::positive).reversed()));
        return shown;
    }

    /** The image of the explained class where the x-feature contributes most (Fig. 4(a)). */
    public Scored strongestPositive(int feature) {
        Scored best = null;
        for (int r = 0; r < entries.size(); r++) {
            Scored s = scored(r, feature);
            if (s.positive() && (best == null || s.value() > best.value())) {
                best = s;
            }
        }
        return best;
    }

    /** How many images the x-feature fires on (E_i > 0), of all and of the explained class. */
    public int[] firing(int feature) {
        int all = 0;
        int positives = 0;
        for (int r = 0; r < entries.size(); r++) {
            if (activations[r][feature] > 0) {
                all++;
                positives += isPositive(r) ? 1 : 0;
            }
        }
        return new int[] {all, positives};
    }

    public int positiveCount() {
        int count = 0;
        for (int r = 0; r < entries.size(); r++) {
            count += isPositive(r) ? 1 : 0;
        }
        return count;
    }

    public int imageCount() {
        return entries.size();
    }

    /** The mean v_i·E_i over the explained class's images: how much the x-feature supports the class. */
    public double meanOverPositives(int feature) {
        double sum = 0;
        int count = 0;
        for (int r = 0; r < entries.size(); r++) {
            if (isPositive(r)) {
                sum += v[feature] * activations[r][feature];
                count++;
            }
        }
        return count == 0 ? 0 : sum / count;
    }

    /** The x-feature with the largest mean contribution over positives (Fig. 4(a)). */
    public int mostImportant() {
        int best = 0;
        for (int i = 1; i < module.info().n(); i++) {
            if (meanOverPositives(i) > meanOverPositives(best)) {
                best = i;
            }
        }
        return best;
    }

    private Scored scored(int r, int feature) {
        FeatureIndex.Entry e = entries.get(r);
        double activation = activations[r][feature];
        return new Scored(e.imageId(), e.label(), activation, v[feature] * activation, isPositive(r), e.training(),
                correct[r]);
    }

    private boolean isPositive(int r) {
        return entries.get(r).label() == module.info().classIndex();
    }
}
