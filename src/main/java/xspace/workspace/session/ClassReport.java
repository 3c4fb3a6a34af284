package xspace.workspace.session;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import xspace.attribution.Colormap;
import xspace.attribution.Heatmap;
import xspace.attribution.HeatmapRenderer;
import xspace.data.BirdImage;
import xspace.engine.AtomicFiles;
import xspace.engine.PngFiles;
import xspace.engine.StagingFolder;
import xspace.engine.TaskMonitor;
import xspace.explain.Explanation;
import xspace.explain.ExplanationModule;
import xspace.explain.Hyperparameters;
import xspace.explain.ModuleInfo;
import xspace.workspace.WorkspaceOutput;
import xspace.workspace.db.VoteTally;

/**
 * Export ▸ HTML report of this class: a folder with {@code report.html} and its PNG images, for
 * the current module: its metadata, every x-feature's name and trust votes, and, for the first
 * few positive test images, the original, the heatmap of ŷ_j and the x-features' heatmaps sorted
 * by v_i·E_i. Runs off the FX thread (it computes heatmaps and writes files).
 */
public final class ClassReport {

    /** Enough images to see whether an x-feature is consistent, few enough to read the page. */
    public static final int IMAGES = 4;
    public static final String PAGE = "report.html";

    private ClassReport() {
    }

    /**
     * Writes the report into {@code folder} (created if needed) and returns the page. An earlier
     * report there is replaced whole ({@link ReportFiles}); other files in the folder are kept. A
     * folder among a workspace's own files is refused before anything is written ({@link WorkspaceOutput}):
     * replacing the report's own names there could take a cached file with it.
     */
    public static Path write(WorkspaceSession session, ExplanationModule module, String layer, Colormap colormap, Path folder,
            TaskMonitor monitor) throws IOException {
        WorkspaceOutput.checkOutsideAny(folder, "the report");
        try (StagingFolder staging = StagingFolder.beside(folder)) {
            writeIn(session, module, layer, colormap, staging.path(), monitor);
            ReportFiles.swapIn(staging.path(), folder, PAGE);
        }
        return folder.resolve(PAGE);
    }

    private static void writeIn(WorkspaceSession session, ExplanationModule module, String layer, Colormap colormap,
            Path folder, TaskMonitor monitor) throws IOException {
        ModuleInfo info = module.info();
        List<FeatureAnnotation> annotations = FeatureAnnotation.read(session.database(), info.versionId(), info.classIndex(),
                info.n());
        List<BirdImage> images = positiveTestImages(session, info);
        List<ReportHtml.ImageSection> sections = new ArrayList<>();
        String usedLayer = layer;
        for (int k = 0; k < images.size(); k++) {
            monitor.checkCancelled();
            TaskMonitor stage = monitor.stage((double) k / images.size(), (double) (k + 1) / images.size());
            ImageReport image = imageSection(session, module, images.get(k), annotations, layer, colormap, folder,
                    stage);
            sections.add(image.section());
            usedLayer = image.layer();
        }
        String title = String.format(Locale.ROOT, "%s module of class %d · %s", info.method(), info.classIndex(),
                session.className(info.classIndex()));
        List<ReportHtml.Entry> metadata = metadata(info, usedLayer, colormap, images.size());
        AtomicFiles.writeString(folder.resolve(PAGE), ReportHtml.render(new ReportHtml.Report(title, metadata,
                features(annotations), sections)));
    }

    /** The module's positive test images with cached features, in id order, at most {@link #IMAGES}. */
    public static List<BirdImage> positiveTestImages(WorkspaceSession session, ModuleInfo info) {
        int[] ids = info.testImageIds() == null ? new int[0] : info.testImageIds();
        return Arrays.stream(ids).distinct().sorted().filter(id -> session.zRows().has(id))
                .filter(id -> session.zRows().label(id) == info.classIndex()).mapToObj(session.dataset()::image)
                .filter(image -> image != null).limit(IMAGES).toList();
    }

    private record ImageReport(ReportHtml.ImageSection section, String layer) {
    }

    private static ImageReport imageSection(WorkspaceSession session, ExplanationModule module, BirdImage image,
            List<FeatureAnnotation> annotations, String layer, Colormap colormap, Path folder, TaskMonitor monitor)
            throws IOException {
        BufferedImage rgb = session.dataset().loadImage(image);
        ImageExplanation explanation = ImageExplanation.of(session, module, image);
        HeatmapService.ImageHeatmaps maps = session.heatmaps().heatmaps(module, image, rgb, layer, monitor);
        HeatmapRenderer renderer = new HeatmapRenderer(colormap);
        String prefix = "image-" + image.id();
        PngFiles.write(rgb, folder.resolve(prefix + ".png"));
        PngFiles.write(renderer.overlay(rgb, maps.classScore()), folder.resolve(prefix + "-class-score.png"));
        List<ReportHtml.Cell> cells = new ArrayList<>();
        for (Explanation.Contribution c : explanation.explanation().sorted()) {
            String file = prefix + "-xfeature-" + c.feature() + ".png";
            Heatmap heatmap = maps.xFeatures().get(c.feature());
            PngFiles.write(renderer.overlay(rgb, heatmap), folder.resolve(file));
            FeatureAnnotation a = annotations.get(c.feature());
            cells.add(new ReportHtml.Cell(file, a.title(), c.value(), explanation.explanation().relative(c.feature()),
                    a.trustText()));
        }
        int j = module.info().classIndex();
        String name = image.relativePath().substring(image.relativePath().lastIndexOf('/') + 1);
        String caption = String.format(Locale.ROOT, "%s (test image %d): ŷ_%d = %.4f, ȳ_%d = %.4f", name, image.id(),
                j, explanation.yHat(), j, explanation.explanation().yBar());
        return new ImageReport(new ReportHtml.ImageSection(caption, prefix + ".png", prefix + "-class-score.png",
                classScoreTitle(j, session.className(j)), cells), maps.layer());
    }


    private static List<ReportHtml.Entry> metadata(ModuleInfo info, String layer, Colormap colormap, int images) {
        List<ReportHtml.Entry> entries = new ArrayList<>();
        entries.add(new ReportHtml.Entry("module", info.versionId()));
        entries.add(new ReportHtml.Entry("method", info.method().name()));
        entries.add(new ReportHtml.Entry("class", info.classIndex() + " · " + info.className()));
        entries.add(new ReportHtml.Entry("n (x-features)", String.valueOf(info.n())));
        entries.add(new ReportHtml.Entry("hyperparameters", hyperparameters(info.hyperparameters())
                + (info.crossValidated() ? " (cross-validated)" : " (given)")));
        entries.add(new ReportHtml.Entry("Freg train / test", String.format(Locale.ROOT, "%.4f / %.4f",
                info.faithfulness(ModuleInfo.FREG_TRAIN), info.faithfulness(ModuleInfo.FREG_TEST))));
        entries.add(new ReportHtml.Entry("Fcls train / test", String.format(Locale.ROOT, "%.1f %% / %.1f %%",
                100 * info.faithfulness(ModuleInfo.FCLS_TRAIN), 100 * info.faithfulness(ModuleInfo.FCLS_TEST))));
        entries.add(new ReportHtml.Entry("degenerate", String.valueOf(info.degenerate())));
        entries.add(new ReportHtml.Entry("trained", info.created() == null ? "" : info.created()));
        entries.add(new ReportHtml.Entry("heatmaps", "c-MWP at layer " + (layer == null ? "(default)" : layer) + ", "
                + colormap.name().toLowerCase(Locale.ROOT) + " colormap, " + images + " positive test images"));
        return entries;
    }

    /** Every hyperparameter by its name in {@link Hyperparameters}, so that a new one shows without a change here. */
    private static String hyperparameters(Hyperparameters h) {
        if (h == null) {
            return "not stored";
        }
        List<String> parts = new ArrayList<>();
        for (RecordComponent c : Hyperparameters.class.getRecordComponents()) {
            try {
                parts.add(c.getName() + " = " + c.getAccessor().invoke(h));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read hyperparameter " + c.getName(), e);
            }
        }
        return String.join(", ", parts);
    }

    private static List<ReportHtml.Feature> features(List<FeatureAnnotation> annotations) {
        List<ReportHtml.Feature> features = new ArrayList<>();
        for (FeatureAnnotation a : annotations) {
            VoteTally t = a.tally();
            String verdict = t.total() == 0 ? "no votes" : t.majority().map(m -> m.name().toLowerCase(Locale.ROOT))
                    .orElse("tied");
            features.add(new ReportHtml.Feature(a.key().feature(), a.name().orElse(""), t.trust(), t.distrust(),
                    t.unsure(), verdict, t.agreement()));
        }
        return features;
    }

    /** The heading of the class score's heatmap, the same in the image view and the report. */
    public static String classScoreTitle(int classIndex, String className) {
        return String.format(java.util.Locale.ROOT, "Excitation BP of ŷ_%d (%s)", classIndex, className);
    }
}
