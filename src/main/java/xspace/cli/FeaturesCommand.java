package xspace.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import xspace.data.CubDataset;
import xspace.data.CubReader;
import xspace.data.ValidationMode;
import xspace.engine.BackendReport;
import xspace.gpu.GpuExecutor;
import xspace.gpu.GpuExecutors;
import xspace.model.BadImagePolicy;
import xspace.model.CnnStore;
import xspace.model.DatasetLabels;
import xspace.model.ExplainedCnn;
import xspace.model.FeatureExtractor;
import xspace.model.FeatureNetwork;
import xspace.model.Inference;
import xspace.model.SkippedImages;
import xspace.workspace.Workspace;

/** {@code xspace features}: Z and ŷ of every image to .npy files, resumable. */
@Command(name = "features", mixinStandardHelpOptions = true,
        description = "Extract Z (the explained layer) and the pre-softmax scores of every image to .npy files.")
public final class FeaturesCommand implements Callable<Integer> {

    private static final int SHOWN = 10;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--batch", defaultValue = "32", converter = Ranges.Positive.class, description = "Images per batch (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--on-bad-image", paramLabel = "stop|skip", defaultValue = "stop", converter = PolicyConverter.class,
            description = "An image that cannot be read (truncated, corrupt, gone): stop naming it (default; finished"
                    + " rows are kept and a rerun resumes), or skip it: its row holds NaN, it is listed in"
                    + " skipped.csv, and every later step leaves it out.")
    BadImagePolicy onBadImage;

    /** {@code stop} or {@code skip}, as the option is written. */
    static final class PolicyConverter extends NamedValues<BadImagePolicy> {
        PolicyConverter() {
            super(p -> p.name().toLowerCase(Locale.ROOT), BadImagePolicy.values());
        }
    }

    static final class Source {
        @Option(names = "--workspace", description = "Workspace folder (features go to its cache).")
        Path workspace;

        @ArgGroup(exclusive = false)
        Explicit explicit;
    }

    static final class Explicit {
        @Option(names = "--model", required = true, description = "Model zip.")
        Path model;

        @Option(names = "--data", required = true, description = "CUB-layout dataset folder.")
        Path data;

        @Option(names = "--out", required = true, description = "Output folder.")
        Path out;
    }

    @Override
    public Integer call() throws Exception {
        System.err.println("xspace: " + BackendReport.current());
        ExplainedCnn cnn;
        CubDataset dataset;
        Path out;
        Path root;
        if (source.workspace != null) {
            Workspace workspace = Workspace.open(source.workspace);
            cnn = workspace.cnn();
            root = workspace.datasetPath();
            out = workspace.featuresDir();
        } else {
            cnn = CnnStore.load(source.explicit.model);
            root = source.explicit.data;
            out = source.explicit.out;
        }
        dataset = CubReader.read(root, ValidationMode.LENIENT);
        DatasetProblemsWarning.print(dataset, root, System.err);
        DatasetLabels labels = new DatasetLabels(dataset, cnn.info().classNames());
        if (FeatureNetwork.isOther(out, cnn.info().fingerprint())) {
            System.out.println("the features in " + out + " were computed by the network with fingerprint "
                    + FeatureNetwork.recorded(out).orElseThrow() + ", not by this one (" + cnn.info().fingerprint()
                    + "): computing them again from the start");
            FeatureExtractor.restart(out);
        }
        long started = System.nanoTime();
        Optional<GpuExecutor> gpu = GpuExecutors.open(cnn, null, null);
        System.err.println("xspace: Z and ŷ on " + gpu.map(GpuExecutor::describe).orElse("the CPU (ND4J)"));
        Inference inference = gpu.<Inference>map(g -> g).orElse(cnn::forward);
        int written = new FeatureExtractor(cnn, inference, labels.imageSource(), batch, onBadImage)
                .extract(labels.featureRows(), out, new ConsoleProgress(System.err));
        double seconds = (System.nanoTime() - started) / 1e9;
        // A rerun over complete features computes nothing: a rate of 0.0 images/s would read as a fault.
        String rate = written == 0 ? "all were computed before"
                : String.format(Locale.ROOT, "%.1f images/s", written / Math.max(seconds, 1e-9));
        System.out.printf("features of %d images (%d new) in %s: %s [%d × %d], %s, index.csv; %s%n",
                labels.featureRows().size(), written, out, FeatureExtractor.Z_FILE, labels.featureRows().size(),
                cnn.zSize(), FeatureExtractor.LOGITS_FILE, rate);
        reportSkipped(SkippedImages.read(out));
        return 0;
    }

    private static void reportSkipped(List<SkippedImages.Skipped> skipped) {
        if (skipped.isEmpty()) {
            return;
        }
        System.out.printf("%d images could not be read and were skipped (rows of NaN, listed in %s; later steps"
                + " leave them out):%n", skipped.size(), SkippedImages.FILE);
        skipped.stream().limit(SHOWN).forEach(s -> System.out.println("  image " + s.imageId() + ": " + s.reason()));
        if (skipped.size() > SHOWN) {
            System.out.println("  ... and " + (skipped.size() - SHOWN) + " more");
        }
    }
}
