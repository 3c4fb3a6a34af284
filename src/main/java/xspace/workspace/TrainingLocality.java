package xspace.workspace;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import xspace.attribution.CachedHeatmaps;
import xspace.attribution.Heatmap;
import xspace.attribution.HeatmapKey;
import xspace.attribution.Target;
import xspace.data.BirdImage;
import xspace.data.CubDataset;
import xspace.engine.NativeMemory;
import xspace.explain.ClassSample;
import xspace.explain.ExplanationModule;
import xspace.explain.LocalityJudge;
import xspace.explain.ModuleParameters;
import xspace.gpu.GpuExecutors;
import xspace.metrics.Locality;
import xspace.metrics.VoronoiParts;
import xspace.model.ExplainedCnn;

/**
 * The locality of an attempt's x-feature maps (c-MWP, as the evaluation draws them) over its
 * class's positive training images: the measure of {@link Locality}, on the images the module was
 * trained on, so that choosing by it leaves the test images out. The maps are not cached: an
 * attempt that is not kept has no version to keep them under.
 */
public final class TrainingLocality implements LocalityJudge {

    private final ExplainedCnn cnn;
    private final CubDataset dataset;
    private final List<BirdImage> positives;
    private final Function<ModuleParameters, ExplanationModule> draft;

    /**
     * The judge of a class's attempts over the positive images of its training sample.
     *
     * @param draft the module an attempt's parameters make, with a description good enough to draw
     *              its maps
     */
    public static TrainingLocality of(ExplainedCnn cnn, CubDataset dataset, ClassSample train,
            Function<ModuleParameters, ExplanationModule> draft) {
        List<BirdImage> positives = Arrays.stream(train.positiveRows()).mapToObj(r -> train.imageIds()[r])
                .map(dataset::image).toList();
        return new TrainingLocality(cnn, dataset, positives, draft);
    }

    private TrainingLocality(ExplainedCnn cnn, CubDataset dataset, List<BirdImage> positives,
            Function<ModuleParameters, ExplanationModule> draft) {
        if (positives.stream().allMatch(b -> b.visibleParts().isEmpty())) {
            throw new IllegalArgumentException(dataset.root() + ": its training images of this class have no part"
                    + " locations (parts/part_locs.txt), which choosing attempts by locality needs;"
                    + " train without --candidates");
        }
        this.cnn = cnn;
        this.dataset = dataset;
        this.positives = List.copyOf(positives);
        this.draft = draft;
    }

    @Override
    public double locality(ModuleParameters attempt) {
        ExplanationModule module = draft.apply(attempt);
        int n = module.info().n();
        Locality[] locality = IntStream.range(0, n).mapToObj(i -> new Locality()).toArray(Locality[]::new);
        List<Target> targets = IntStream.range(0, n).mapToObj(Target::xFeature).toList();
        // modules train side by side: the network's forward pass keeps its state in the network, and
        // its large arrays may make JavaCPP collect garbage under another module's native step
        NativeMemory.alone(() -> {
            CachedHeatmaps heatmaps = new CachedHeatmaps(GpuExecutors.mwpSource(cnn, module, null), module, null);
            for (BirdImage bird : positives) {
                BufferedImage image = dataset.loadImage(bird);
                VoronoiParts parts = VoronoiParts.of(image.getWidth(), image.getHeight(), bird.box(), bird.parts());
                List<Heatmap> maps = maps(heatmaps, image, bird, targets);
                for (int f = 0; f < n; f++) {
                    locality[f].add(parts, maps.get(f).values());
                }
            }
            return null;
        });
        return Locality.mean(locality);
    }

    private static List<Heatmap> maps(CachedHeatmaps heatmaps, BufferedImage image, BirdImage bird,
            List<Target> targets) {
        try {
            return heatmaps.heatmaps(image, HeatmapKey.ofImage(bird.id()), targets, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
