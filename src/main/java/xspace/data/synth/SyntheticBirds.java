package xspace.data.synth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import xspace.engine.CancelledException;
import xspace.engine.FileTrees;
import xspace.engine.StagingFolder;
import xspace.engine.TaskMonitor;

/**
 * Generates a complete synthetic dataset in the CUB-200-2011 layout. Images are rendered and
 * encoded in parallel, each from its own random stream, and the text files are written at the
 * end in id order, so the output is byte-identical for the same options whatever the thread
 * count. A cancelled or failed run leaves nothing of its own (see {@link #generate}).
 */
public final class SyntheticBirds {

    /** Bumped whenever the same options would give different output. */
    public static final int VERSION = 2;

    private static final double RENDER_SHARE = 0.9;

    private SyntheticBirds() {
    }

    /**
     * Writes the dataset at {@code root}, which appears complete or not at all: the birds are drawn
     * in a hidden sibling and moved into place at the end, so an interrupted run never leaves a
     * dataset that looks whole. Into a folder with files ({@code --force}) the new dataset replaces
     * an earlier one as a whole: every entry a dataset has there (images/, the index files, parts/,
     * …) is removed before the new ones move in, so no species of the earlier dataset stays behind;
     * the folder's other files are kept.
     */
    public static SynthSummary generate(Path root, SynthOptions options, TaskMonitor monitor) throws IOException {
        options.validated();
        boolean fresh = isNewOrEmpty(root);
        try (StagingFolder staging = StagingFolder.beside(root)) {
            SynthSummary summary = generateIn(staging.path(), options, monitor);
            if (fresh) {
                Files.deleteIfExists(root);
                Files.move(staging.path(), root, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            } else {
                replaceDataset(staging.path(), root);
            }
            return new SynthSummary(root, summary.images(), summary.classes(), summary.training(), summary.test(),
                    summary.elapsed());
        } catch (IOException e) {
            // the hidden staging folder is no name the user gave
            throw xspace.engine.FileErrors.creating(root, e);
        } catch (UncheckedIOException e) {
            throw xspace.engine.FileErrors.creating(root, e.getCause());
        }
    }

    /** Replaces, entry by entry, what {@code staging} holds at the top of {@code root}. */
    private static void replaceDataset(Path staging, Path root) throws IOException {
        List<Path> entries;
        try (var listed = Files.list(staging)) {
            entries = listed.toList();
        }
        for (Path entry : entries) {
            FileTrees.delete(root.resolve(entry.getFileName().toString()));
        }
        for (Path entry : entries) {
            Files.move(entry, root.resolve(entry.getFileName().toString()), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static boolean isNewOrEmpty(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return !Files.exists(root);
        }
        try (var entries = Files.list(root)) {
            return entries.findAny().isEmpty();
        }
    }

    private static SynthSummary generateIn(Path root, SynthOptions options, TaskMonitor monitor) throws IOException {
        long start = System.nanoTime();
        SpeciesCatalog catalog = catalog(options);
        DatasetPlan plan = DatasetPlan.of(catalog, options);
        for (Species species : catalog.species()) {
            Files.createDirectories(root.resolve("images").resolve(species.classDirectory()));
        }
        ImageAnnotation[] annotations = new Renderer(root, options, catalog, plan, monitor).renderAll();
        monitor.progress(RENDER_SHARE, "writing annotations");
        new CubLayoutWriter(root).write(catalog, plan, annotations, options);
        monitor.progress(1.0, "birds written");
        long training = plan.trainingCount();
        return new SynthSummary(root, plan.size(), catalog.size(), training, plan.size() - training,
                Duration.ofNanos(System.nanoTime() - start));
    }

    /** The species a run with these options generates. */
    public static SpeciesCatalog catalog(SynthOptions options) {
        return SpeciesCatalog.design(options.species(), Seeds.catalog(options.seed()));
    }

    /** The scene of one image of a run, by its 0-based index in images.txt. */
    public static Scene scene(SynthOptions options, DatasetPlan.Slot slot) {
        return SceneSampler.sample(slot.species(), options.size(),
                new SplittableRandom(Seeds.image(options.seed(), slot.index())));
    }

    /** Renders, encodes and annotates every slot of a plan on a fixed pool of threads. */
    private static final class Renderer {
        private final Path root;
        private final SynthOptions options;
        private final DatasetPlan plan;
        private final TaskMonitor monitor;
        private final BirdShape[] shapes;
        private final Plumage[] plumages;
        private final ImageAnnotation[] annotations;
        private final AtomicInteger next = new AtomicInteger();
        private final AtomicInteger done = new AtomicInteger();
        private final AtomicBoolean failed = new AtomicBoolean();

        Renderer(Path root, SynthOptions options, SpeciesCatalog catalog, DatasetPlan plan, TaskMonitor monitor) {
            this.root = root;
            this.options = options;
            this.plan = plan;
            this.monitor = monitor;
            this.annotations = new ImageAnnotation[plan.size()];
            this.shapes = new BirdShape[catalog.size() + 1];
            this.plumages = new Plumage[catalog.size() + 1];
            for (Species species : catalog.species()) {
                shapes[species.id()] = BirdShape.of(species);
                plumages[species.id()] = new Plumage(species);
            }
        }

        ImageAnnotation[] renderAll() throws IOException {
            ExecutorService pool = Executors.newFixedThreadPool(options.threads(), runnable -> {
                Thread thread = new Thread(runnable, "synth-render");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < options.threads(); t++) {
                    workers.add(pool.submit(() -> {
                        work();
                        return null;
                    }));
                }
                pool.shutdown();
                while (!pool.awaitTermination(200, TimeUnit.MILLISECONDS)) {
                    reportProgress();
                }
                for (Future<?> worker : workers) {
                    join(worker);
                }
                reportProgress();
                return annotations;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancelledException();
            } finally {
                failed.set(true);
                pool.shutdownNow();
            }
        }

        private void work() throws IOException {
            try (ImageEncoder encoder = new ImageEncoder(options.format())) {
                for (int i = next.getAndIncrement(); i < plan.size() && !failed.get(); i = next.getAndIncrement()) {
                    monitor.checkCancelled();
                    annotations[i] = renderOne(plan.slots().get(i), encoder);
                    done.incrementAndGet();
                }
            } catch (RuntimeException | IOException e) {
                failed.set(true);
                throw e;
            }
        }

        private ImageAnnotation renderOne(DatasetPlan.Slot slot, ImageEncoder encoder) throws IOException {
            int id = slot.species().id();
            Scene scene = SceneSampler.sample(slot.species(), shapes[id], plumages[id], options.size(),
                    new SplittableRandom(Seeds.image(options.seed(), slot.index())));
            SceneRenderer.Rendering rendering = SceneRenderer.render(scene, RenderStyle.PHOTO);
            encoder.write(rendering.image(), root.resolve("images").resolve(slot.relativePath()));
            return new ImageAnnotation(rendering.box(), PartAnnotator.annotate(scene));
        }

        private void reportProgress() {
            monitor.progress(RENDER_SHARE * done.get() / plan.size(),
                    "rendered " + done.get() + " of " + plan.size() + " birds");
        }

        private static void join(Future<?> worker) throws IOException, InterruptedException {
            try {
                worker.get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                if (cause instanceof UncheckedIOException io) {
                    throw io.getCause();
                }
                if (cause instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException("rendering failed: " + cause, cause);
            }
        }
    }
}
