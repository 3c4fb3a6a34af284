package xspace.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import xspace.attribution.CachedHeatmaps;
import xspace.attribution.Colormap;
import xspace.attribution.ExcitationBackprop;
import xspace.attribution.Heatmap;
import xspace.attribution.HeatmapCache;
import xspace.attribution.HeatmapKey;
import xspace.attribution.HeatmapRenderer;
import xspace.attribution.HeatmapTiming;
import xspace.attribution.MwpSource;
import xspace.attribution.Target;
import xspace.data.CubDataset;
import xspace.data.ImageLoading;
import xspace.data.ValidationMode;
import xspace.engine.OutputFile;
import xspace.explain.Explanation;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleStore;
import xspace.gpu.GpuExecutors;
import xspace.model.CnnStore;
import xspace.model.ExplainedCnn;
import xspace.model.KerasImport;
import xspace.workspace.ModuleVersion;
import xspace.workspace.ModuleVersions;
import xspace.workspace.Workspace;
import xspace.workspace.WorkspaceOutput;

/** {@code xspace heatmaps}: c-MWP heatmaps of one image for x-features, a class score or a Z unit. */
// no mixinStandardHelpOptions: its -V/--version clashes with this command's --version and took -h/--help with it
@Command(name = "heatmaps",
        description = "Excitation Backprop heatmaps (c-MWP) of one image: one .npy and one PNG per target.")
public final class HeatmapsCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Network network;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Image image;

    static final class Network {
        @Option(names = "--workspace", description = "Workspace folder (network, dataset, modules, cache).")
        Path workspace;

        @Option(names = "--model", description = "A network zip or Keras .h5, for logit and z targets.")
        Path model;
    }

    static final class Image {
        @Option(names = "--image", description = "Image id in the workspace's dataset.")
        Integer id;

        @Option(names = "--image-file", description = "An image file.")
        Path file;

        @Option(names = "--all", description = "Every image of the workspace's dataset: compute and cache the"
                + " x-feature maps of the class's module (--class), with progress; a rerun skips what is cached.")
        boolean all;
    }

    @Mixin
    PreprocessingOption preprocessing;

    @Option(names = "--target", description = "xfeatures:CLASS, logit:CLASS or z:UNIT (0-based).")
    String target;

    @Option(names = "--class", description = "The class whose module's x-features are the targets (as xfeatures:CLASS).")
    Integer classIndex;

    @Option(names = "--batch", defaultValue = "32", converter = Ranges.Positive.class, description = "Images per batch with --all (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--layer", description = "Layer whose output the heatmap is read at (default: the"
            + " second-to-last pooling layer).")
    String layer;

    @Option(names = "--method", defaultValue = "srae", description = "Module kind for xfeatures (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--version", description = "Which version of the module for xfeatures: v2, or its fingerprint"
            + " (default: the current one; see 'xspace explain versions').")
    String version;

    @Option(names = "--mwp", description = "Plain MWP instead of contrastive c-MWP.")
    boolean plain;

    @Option(names = "--colormap", defaultValue = "jet", description = "jet or viridis (default: ${DEFAULT-VALUE}).")
    String colormap;

    @Option(names = "--no-cache", description = "Neither read nor write the workspace's heatmap cache.")
    boolean noCache;

    @Option(names = "--time", description = "Also time the heatmaps against one plain forward pass.")
    boolean time;

    @Option(names = "--out", description = "Output folder (not with --all: the maps go to the workspace's cache;"
            + " not inside a workspace but for its exports/ folder).")
    Path out;

    @Option(names = "--force", description = "Replace the files an earlier run wrote in --out for the same image"
            + " and targets.")
    boolean force;

    @Override
    public Integer call() throws Exception {
        if ((target == null) == (classIndex == null)) {
            throw new IllegalArgumentException("give the targets with --target or --class, one of them");
        }
        TargetSpec spec = TargetSpec.parse(target != null ? target : "xfeatures:" + classIndex);
        Workspace workspace = network.workspace == null ? null : Workspace.open(network.workspace);
        ExplainedCnn cnn = workspace != null ? workspace.cnn() : loadModel(network.model);
        if (spec.kind() == TargetSpec.Kind.XFEATURES) {
            ClassRange.check(target != null ? "--target " + target : "--class " + classIndex, spec.index(),
                    cnn.info().classCount());
        }
        ExplanationModule module = spec.kind() == TargetSpec.Kind.XFEATURES ? module(workspace, cnn, spec) : null;
        MwpSource source = GpuExecutors.mwpSource(cnn, module, layer);
        if (image.all) {
            return AllImagesJob.run(workspace, source, module, batch);
        }
        if (out == null) {
            throw new IllegalArgumentException("--out is needed for the heatmaps of one image");
        }
        String imageKey = image.id != null ? HeatmapKey.ofImage(image.id) : HeatmapKey.ofFile(image.file);
        List<Target> targets = targets(spec, module);
        requireOut(imageKey, targets);
        BufferedImage picture = picture(workspace);
        HeatmapCache cache = workspace == null || noCache ? null : new HeatmapCache(workspace.heatmapCacheDir());
        List<Heatmap> heatmaps = new CachedHeatmaps(source, module, cache)
                .heatmaps(picture, imageKey, targets, !plain);
        write(picture, imageKey, targets, heatmaps);
        if (cache != null) {
            cache.trim(); // here, not in the background: the command may end before a background trim would
        }
        if (module != null) {
            printOrdering(module, cnn, picture);
        }
        if (time) {
            printTiming(cnn, new ExcitationBackprop(cnn, module, layer), picture, targets);
        }
        return 0;
    }

    private ExplainedCnn loadModel(Path model) {
        return model.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".h5")
                ? KerasImport.importModel(model, null, preprocessing.value) : CnnStore.load(model);
    }

    private ExplanationModule module(Workspace workspace, ExplainedCnn cnn, TargetSpec spec) {
        if (workspace == null) {
            throw new IllegalArgumentException("xfeatures targets need --workspace (the modules live there)");
        }
        ExplanationMethod chosen = ExplanationMethod.parse(method);
        ModuleVersions modules = workspace.modules();
        ModuleVersion v = version == null ? modules.requireCurrent(chosen, spec.index())
                : modules.find(version, chosen, spec.index());
        return ModuleStore.load(v.file(), cnn.info());
    }

    private BufferedImage picture(Workspace workspace) throws IOException {
        if (image.id != null) {
            if (workspace == null) {
                throw new IllegalArgumentException("--image ID needs --workspace; use --image-file with --model");
            }
            CubDataset dataset = workspace.dataset(ValidationMode.LENIENT);
            return dataset.loadImage(dataset.image(image.id));
        }
        // named in every failure, where ImageIO's own "Can't read input file!" names nothing
        return ImageLoading.loadRgb(image.file);
    }

    private static List<Target> targets(TargetSpec spec, ExplanationModule module) {
        return switch (spec.kind()) {
            case LOGIT -> List.of(Target.logit(spec.index()));
            case Z -> List.of(Target.zUnit(spec.index()));
            case XFEATURES -> {
                List<Target> all = new ArrayList<>();
                for (int i = 0; i < module.info().n(); i++) {
                    all.add(Target.xFeature(i));
                }
                yield all;
            }
        };
    }

    /** Checked before any heatmap is computed, so that a refused --out costs no time and writes nothing. */
    private void requireOut(String imageKey, List<Target> targets) {
        WorkspaceOutput.checkOutsideAny(out, "the heatmaps");
        List<String> names = new ArrayList<>();
        for (Target t : targets) {
            names.add(base(imageKey, t) + ".npy");
            names.add(base(imageKey, t) + ".png");
        }
        OutputFile.requireNoEarlier(out, names, force, "heatmaps of image " + imageKey);
    }

    private static String base(String imageKey, Target target) {
        return "image-" + imageKey + "_" + target.key();
    }

    private void write(BufferedImage picture, String imageKey, List<Target> targets, List<Heatmap> heatmaps)
            throws IOException {
        xspace.engine.FileErrors.createDirectories(out);
        HeatmapRenderer renderer = new HeatmapRenderer(Colormap.parse(colormap));
        for (int i = 0; i < targets.size(); i++) {
            String base = base(imageKey, targets.get(i));
            heatmaps.get(i).writeNpy(out.resolve(base + ".npy"));
            renderer.writePng(picture, heatmaps.get(i), out.resolve(base + ".png"));
        }
        System.out.printf("%d heatmap(s) (%s at %s) of image %s in %s%n", targets.size(), plain ? "MWP" : "c-MWP",
                layer == null ? "the default layer" : layer, imageKey, out);
    }

    /** The x-features by contribution v_i·E_i, largest first, as the paper orders its figures. */
    private static void printOrdering(ExplanationModule module, ExplainedCnn cnn, BufferedImage picture) {
        float[] z = cnn.forward(picture).z().castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).toFloatVector();
        Explanation explanation = module.explain(z);
        System.out.printf("ŷ approximation %.4f; x-features by v_i·E_i:%n", explanation.yBar());
        for (Explanation.Contribution c : explanation.sorted()) {
            System.out.printf("  x-feature %d: v·E = %+.4f (%+.2f of the largest), E = %.4f, v = %+.4f%n", c.feature(),
                    c.value(), explanation.relative(c.feature()), explanation.xFeatures()[c.feature()],
                    explanation.weights()[c.feature()]);
        }
    }

    private static void printTiming(ExplainedCnn cnn, ExcitationBackprop backprop, BufferedImage picture,
            List<Target> targets) {
        var input = cnn.preprocessor().batch(List.of(picture));
        HeatmapTiming timing = HeatmapTiming.measure(cnn, backprop, input, targets, 3);
        System.out.println(timing.describe());
    }
}
