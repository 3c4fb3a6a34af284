package xspace.cli;

import xspace.attribution.HeatmapCache;
import xspace.attribution.MwpSource;
import xspace.data.ValidationMode;
import xspace.explain.ExplanationModule;
import xspace.gpu.AllImagesHeatmaps;
import xspace.gpu.GpuExecutor;
import xspace.workspace.Workspace;

/** {@code heatmaps --class J --all}: every image's x-feature maps of a module into the workspace's cache. */
final class AllImagesJob {

    private AllImagesJob() {
    }

    static int run(Workspace workspace, MwpSource source, ExplanationModule module, int batch) throws Exception {
        if (workspace == null || module == null) {
            throw new IllegalArgumentException("--all needs --workspace and x-feature targets (--class J)");
        }
        System.err.println("xspace: maps on " + (source instanceof GpuExecutor gpu ? gpu.describe() : "the CPU (ND4J)"));
        HeatmapCache cache = new HeatmapCache(workspace.heatmapCacheDir());
        var dataset = workspace.dataset(ValidationMode.LENIENT);
        long started = System.nanoTime();
        int computed = new AllImagesHeatmaps(dataset, source, module, cache, batch).run(new ConsoleProgress(System.err));
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("x-feature maps (c-MWP at %s) of %d images computed, %d were cached, in %.1f s (%.1f images/s)"
                + " into %s%n", source.heatmapLayer(), computed, dataset.images().size() - computed, seconds,
                computed / Math.max(seconds, 1e-9), cache.dir());
        return 0;
    }
}
