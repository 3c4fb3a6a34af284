package xspace.explain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.data.NonFiniteValueException;
import xspace.data.NpyFile;
import xspace.model.FeatureExtractor;
import xspace.model.FeatureIndex;

/**
 * Draws the per-class training and test samples from extracted features ({@code z.npy},
 * {@code logits.npy}, {@code index.csv}), reading only the rows it picks. Images whose features
 * could not be extracted ({@code skipped.csv}) are never drawn.
 */
public final class ClassSampler {

    private final Path featuresDir;
    private final List<FeatureIndex.Entry> entries;

    public ClassSampler(Path featuresDir) throws IOException {
        this.featuresDir = featuresDir;
        this.entries = FeatureIndex.usable(featuresDir);
    }

    public List<FeatureIndex.Entry> entries() {
        return entries;
    }

    /** Training and test samples of one class. */
    public record Split(ClassSample train, ClassSample test) {
    }

    public Split sample(int classIndex, SamplingPlan plan) throws IOException {
        Random random = new Random(plan.seed() * 1_000_003L + classIndex);
        List<FeatureIndex.Entry> train = pick(classIndex, true, plan.trainPositives(), plan.trainNegatives(), random);
        List<FeatureIndex.Entry> test = pick(classIndex, false, plan.testPositives(), plan.testNegatives(), random);
        if (train.stream().noneMatch(e -> e.label() == classIndex)) {
            throw new IllegalArgumentException("class " + classIndex + " has no training images to explain");
        }
        return new Split(load(classIndex, train), load(classIndex, test));
    }

    private List<FeatureIndex.Entry> pick(int classIndex, boolean training, int positives, int negatives, Random random) {
        List<FeatureIndex.Entry> pos = new ArrayList<>();
        List<FeatureIndex.Entry> neg = new ArrayList<>();
        for (FeatureIndex.Entry e : entries) {
            if (e.training() == training) {
                (e.label() == classIndex ? pos : neg).add(e);
            }
        }
        Collections.shuffle(pos, random);
        Collections.shuffle(neg, random);
        List<FeatureIndex.Entry> chosen = new ArrayList<>(pos.subList(0, Math.min(positives, pos.size())));
        chosen.addAll(neg.subList(0, Math.min(negatives, neg.size())));
        chosen.sort(java.util.Comparator.comparingInt(FeatureIndex.Entry::row));
        return chosen;
    }

    private ClassSample load(int classIndex, List<FeatureIndex.Entry> chosen) throws IOException {
        int m = chosen.size();
        float[][] z = new float[m][];
        float[][] logits = new float[m][];
        int[] ids = new int[m];
        int[] labels = new int[m];
        boolean[] positive = new boolean[m];
        try (NpyFile zFile = NpyFile.open(featuresDir.resolve(FeatureExtractor.Z_FILE), false);
                NpyFile logitFile = NpyFile.open(featuresDir.resolve(FeatureExtractor.LOGITS_FILE), false)) {
            for (int i = 0; i < m; i++) {
                FeatureIndex.Entry e = chosen.get(i);
                z[i] = zFile.readRow(e.row());
                logits[i] = logitFile.readRow(e.row());
                NonFiniteValueException.requireFinite(z[i], zFile.path(), e.row(), e.imageId());
                NonFiniteValueException.requireFinite(logits[i], logitFile.path(), e.row(), e.imageId());
                ids[i] = e.imageId();
                labels[i] = e.label();
                positive[i] = e.label() == classIndex;
            }
        }
        INDArray logitMatrix = m == 0 ? Nd4j.zeros(0, 0) : Nd4j.create(logits);
        INDArray target = m == 0 ? Nd4j.zeros(0, 1) : logitMatrix.getColumn(classIndex).reshape(m, 1).dup();
        return new ClassSample(classIndex, m == 0 ? Nd4j.zeros(0, 0) : Nd4j.create(z), target, logitMatrix,
                weights(positive), ids, positive, labels);
    }

    /** Positives weigh #negatives/#positives each, negatives 1, normalised to sum 1. */
    static INDArray weights(boolean[] positive) {
        int positives = 0;
        for (boolean p : positive) {
            positives += p ? 1 : 0;
        }
        int negatives = positive.length - positives;
        double up = positives == 0 || negatives == 0 ? 1 : (double) negatives / positives;
        float[] w = new float[positive.length];
        double total = positives * up + negatives;
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) ((positive[i] ? up : 1) / total);
        }
        return Nd4j.create(w, new long[] {w.length, 1}, 'c');
    }
}
