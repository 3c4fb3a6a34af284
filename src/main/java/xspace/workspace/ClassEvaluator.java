package xspace.workspace;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import xspace.attribution.CachedHeatmaps;
import xspace.attribution.Heatmap;
import xspace.attribution.HeatmapCache;
import xspace.attribution.HeatmapKey;
import xspace.attribution.Target;
import xspace.data.BirdImage;
import xspace.data.CubDataset;
import xspace.data.NpyFile;
import xspace.engine.TaskMonitor;
import xspace.explain.Explanation;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleInfo;
import xspace.gpu.GpuExecutors;
import xspace.metrics.DiscriminativeShare;
import xspace.metrics.Faithfulness;
import xspace.metrics.Locality;
import xspace.metrics.MaskingTest;
import xspace.metrics.Orthogonality;
import xspace.metrics.VoronoiParts;
import xspace.model.ExplainedCnn;
import xspace.model.FeatureExtractor;
import xspace.model.FeatureIndex;
import xspace.model.Normalisation;

/**
 * Measures one class over its positive test images: for every method the x-feature heatmaps'
 * orthogonality, locality, masking accuracy and discriminative-part share (of every map, and of the
 * explanation's maps weighted by their contributions); for the baselines
 * Excitation BP on ŷ_j and a sample of Z units. Heatmaps are c-MWP, read from and written to the
 * workspace's heatmap cache.
 */
final class ClassEvaluator {

    private final Path featuresDir;
    private Map<Integer, Integer> featureRows;
    private final ExplainedCnn cnn;
    private final CubDataset dataset;
    private final HeatmapCache cache;
    private final List<Integer> zUnits;
    private final CachedHeatmaps plain;

    ClassEvaluator(ExplainedCnn cnn, CubDataset dataset, HeatmapCache cache, List<Integer> zUnits,
            Path featuresDir) {
        this.featuresDir = featuresDir;
        this.cnn = cnn;
        this.dataset = dataset;
        this.cache = cache;
        this.zUnits = zUnits;
        this.plain = new CachedHeatmaps(GpuExecutors.mwpSource(cnn, null, null), null, cache);
    }

    /** Accumulates one method's measures image by image. */
    private final class MethodMeasures {
        final ExplanationModule module;
        final CachedHeatmaps heatmaps;
        final int n;
        final List<float[][]> maps = new ArrayList<>();
        final Locality[] locality;
        final double[] shares;
        final double[] contributions;
        int kept;
        double share;
        double explanationShare;
        int explained;

        MethodMeasures(ExplanationModule module) {
            this.module = module;
            heatmaps = new CachedHeatmaps(GpuExecutors.mwpSource(cnn, module, null), module, cache);
            n = module.info().n();
            locality = IntStream.range(0, n).mapToObj(i -> new Locality()).toArray(Locality[]::new);
            shares = new double[n];
            contributions = new double[n];
        }
    }

    ClassResult evaluate(int classIndex, Map<String, ExplanationModule> modules, List<BirdImage> positives,
            TaskMonitor monitor) throws IOException {
        Map<String, MethodMeasures> measures = new LinkedHashMap<>();
        modules.forEach((name, module) -> measures.put(name, new MethodMeasures(module)));
        Locality excitation = new Locality();
        Locality[] zLocality = zUnits.stream().map(u -> new Locality()).toArray(Locality[]::new);
        int original = 0;
        int excitationKept = 0;
        double excitationShare = 0;
        for (int i = 0; i < positives.size(); i++) {
            monitor.checkCancelled();
            BirdImage bird = positives.get(i);
            BufferedImage image = dataset.loadImage(bird);
            String key = HeatmapKey.ofImage(bird.id());
            VoronoiParts parts = VoronoiParts.of(image.getWidth(), image.getHeight(), bird.box(), bird.parts());
            List<Integer> discriminative = dataset.discriminativeParts(bird.classId());
            ExplainedCnn.Forward forward = cnn.forward(image);
            // the arg-max of ŷ is the softmax's
            original += forward.logits().argMax(1).getInt(0) == classIndex ? 1 : 0;
            float[] z = forward.z().castTo(DataType.FLOAT).toFloatVector();
            Heatmap logit = plain.heatmaps(image, key, List.of(Target.logit(classIndex)), true).get(0);
            excitation.add(parts, logit.values());
            excitationKept += classifiedAs(masked(image, logit.values()), classIndex) ? 1 : 0;
            excitationShare += DiscriminativeShare.of(parts, logit.values(), discriminative);
            List<Heatmap> zMaps = plain.heatmaps(image, key, zUnits.stream().map(Target::zUnit).toList(), true);
            for (int u = 0; u < zMaps.size(); u++) {
                zLocality[u].add(parts, zMaps.get(u).values());
            }
            for (MethodMeasures m : measures.values()) {
                addMethodImage(m, image, key, parts, discriminative, classIndex);
                addExplanationShare(m, parts, discriminative, z);
            }
            monitor.progress(i + 1, positives.size(), "class " + classIndex + ": image " + (i + 1) + "/"
                    + positives.size());
        }
        int count = positives.size();
        Map<String, MethodResult> results = new LinkedHashMap<>();
        for (Map.Entry<String, MethodMeasures> e : measures.entrySet()) {
            results.put(e.getKey(), result(modules.get(e.getKey()), e.getValue(), count, discriminativeKnown(positives)));
        }
        double zMean = Locality.mean(zLocality);
        return new ClassResult(classIndex, cnn.info().classNames().get(classIndex), count, results,
                excitation.entropy(), zMean, zUnits.size(), ratio(original, count), ratio(excitationKept, count),
                discriminativeKnown(positives) ? excitationShare / count : Double.NaN, null);
    }

    private void addMethodImage(MethodMeasures m, BufferedImage image, String key, VoronoiParts parts,
            List<Integer> discriminative, int classIndex) throws IOException {
        List<Target> targets = IntStream.range(0, m.n).mapToObj(Target::xFeature).toList();
        List<Heatmap> maps = m.heatmaps.heatmaps(image, key, targets, true);
        float[][] values = new float[m.n][];
        for (int f = 0; f < m.n; f++) {
            values[f] = maps.get(f).values();
            m.locality[f].add(parts, values[f]);
            double share = DiscriminativeShare.of(parts, values[f], discriminative);
            m.shares[f] += share;
            m.share += share / m.n;
        }
        m.maps.add(values);
        m.kept += classifiedAs(masked(image, MaskingTest.union(values)), classIndex) ? 1 : 0;
    }

    /** The share of the image's explanation: the maps just added, weighted by v_i·E_i from the image's Z. */
    private static void addExplanationShare(MethodMeasures m, VoronoiParts parts, List<Integer> discriminative,
            float[] z) {
        Explanation explanation = m.module.explain(z);
        double[] contributions = new double[m.n];
        for (int i = 0; i < m.n; i++) {
            contributions[i] = explanation.weights()[i] * explanation.xFeatures()[i];
            m.contributions[i] += contributions[i];
        }
        double share = DiscriminativeShare.ofExplanation(parts, m.maps.get(m.maps.size() - 1), contributions,
                discriminative);
        if (!Double.isNaN(share)) {
            m.explanationShare += share;
            m.explained++;
        }
    }

    /** The Freg of a constant guess on the module's test sample, from ŷ_j in the workspace's features. */
    private double constantFregTest(ExplanationModule module) throws IOException {
        int[] ids = module.info().testImageIds();
        double[] yHat = new double[ids.length];
        try (NpyFile logits = NpyFile.open(featuresDir.resolve(FeatureExtractor.LOGITS_FILE), false)) {
            for (int i = 0; i < ids.length; i++) {
                Integer row = featureRows().get(ids[i]);
                if (row == null) {
                    return Double.NaN;
                }
                yHat[i] = logits.readRow(row)[module.info().classIndex()];
            }
        }
        return Faithfulness.constantGuessFreg(yHat);
    }

    /** Feature rows by image id, read once for all classes and methods. */
    private Map<Integer, Integer> featureRows() throws IOException {
        if (featureRows == null) {
            Map<Integer, Integer> rows = new HashMap<>();
            for (FeatureIndex.Entry e : FeatureIndex.usable(featuresDir)) {
                rows.put(e.imageId(), e.row());
            }
            featureRows = rows;
        }
        return featureRows;
    }

    private MethodResult result(ExplanationModule module, MethodMeasures m, int count, boolean shareKnown)
            throws IOException {
        ModuleInfo f = module.info();
        Orthogonality o = m.maps.isEmpty() ? null : Orthogonality.of(m.maps);
        double locality = Locality.mean(m.locality);
        return new MethodResult(f.faithfulness(ModuleInfo.FREG_TRAIN), f.faithfulness(ModuleInfo.FREG_TEST),
                f.faithfulness(ModuleInfo.FCLS_TRAIN), f.faithfulness(ModuleInfo.FCLS_TEST),
                o == null ? Double.NaN : o.o1(), o == null || o.degenerate() ? Double.NaN : o.o2(),
                o != null && o.degenerate(), locality, ratio(m.kept, count), shareKnown ? m.share / count : Double.NaN,
                module.info().degenerate(), constantFregTest(module), module.info().silentOnPositives(),
                shareKnown && m.explained > 0 ? m.explanationShare / m.explained : Double.NaN,
                xFeatures(m, count, shareKnown));
    }

    private static List<XFeatureResult> xFeatures(MethodMeasures m, int count, boolean shareKnown) {
        List<XFeatureResult> out = new ArrayList<>();
        for (int i = 0; i < m.n; i++) {
            out.add(new XFeatureResult(i, ratio(m.contributions[i], count), m.locality[i].entropy(),
                    shareKnown ? ratio(m.shares[i], count) : Double.NaN));
        }
        return out;
    }

    private boolean discriminativeKnown(List<BirdImage> positives) {
        return !positives.isEmpty() && !dataset.discriminativeParts(positives.get(0).classId()).isEmpty();
    }

    private boolean classifiedAs(BufferedImage image, int classIndex) {
        return cnn.probabilities(cnn.preprocessor().batch(List.of(image))).argMax(1).getInt(0) == classIndex;
    }

    private BufferedImage masked(BufferedImage image, float[] heatmap) {
        return MaskingTest.masked(image, MaskingTest.keep(heatmap), neutralColour(cnn.info().normalisation()));
    }

    /** The RGB colour that the normalisation maps to input 0 in every channel. */
    static int neutralColour(Normalisation n) {
        int first = n.invert(0, 0);
        int green = n.invert(1, 0);
        int last = n.invert(2, 0);
        int red = n.bgr() ? last : first;
        int blue = n.bgr() ? first : last;
        return (red << 16) | (green << 8) | blue;
    }

    private static double ratio(double part, int whole) {
        return whole == 0 ? Double.NaN : part / whole;
    }
}
