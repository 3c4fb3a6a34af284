package xspace.workspace;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import xspace.data.CubDataset;
import xspace.data.CubReader;
import xspace.data.JsonProblem;
import xspace.data.ValidationMode;
import xspace.engine.AtomicFiles;
import xspace.model.CnnInfo;
import xspace.model.CnnStore;
import xspace.model.DatasetLabels;
import xspace.model.ExplainedCnn;
import xspace.model.FeatureNetwork;
import xspace.workspace.db.WorkspaceDatabase;

/**
 * A workspace folder: {@code workspace.json} (dataset, network, Z layer), {@code models/} (the
 * network and the explanation modules), {@code cache/} (features, heatmaps) and {@code exports/}.
 */
public final class Workspace {

    public static final String DESCRIPTOR = "workspace.json";
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private final Path root;
    private final WorkspaceDescriptor descriptor;

    private Workspace(Path root, WorkspaceDescriptor descriptor) {
        this.root = root;
        this.descriptor = descriptor;
    }

    /**
     * Creates a workspace for a dataset and a network, copying the network into it, in an empty or
     * new folder beside the dataset ({@link NewWorkspaceFolder}). The network's outputs must cover
     * the dataset's classes and the Z layer must exist. Every file is written
     * whole or not at all, {@code workspace.json} last: a folder without it is not yet a workspace,
     * and creating it again starts over.
     */
    public static Workspace create(Path root, Path dataset, Path cnnZip, String zLayer) throws IOException {
        return create(root, dataset, cnnZip, zLayer, false);
    }

    /**
     * As {@link #create(Path, Path, Path, String)}; with {@code datasetTravels} the dataset is
     * recorded relative to the workspace, so that the two can be moved together.
     */
    public static Workspace create(Path root, Path dataset, Path cnnZip, String zLayer, boolean datasetTravels)
            throws IOException {
        requireNewFolder(root, dataset);
        return create(root, CubReader.read(dataset, ValidationMode.LENIENT), cnnZip, zLayer, datasetTravels);
    }

    /**
     * As {@link #create(Path, Path, Path, String, boolean)}, for a dataset the caller has read
     * already (leniently, to tell its user of the problems), so that it is not read twice.
     */
    public static Workspace create(Path root, CubDataset data, Path cnnZip, String zLayer, boolean datasetTravels)
            throws IOException {
        Path dataset = data.root();
        requireNewFolder(root, dataset);
        ExplainedCnn cnn = CnnStore.load(cnnZip);
        String z = zLayer == null ? cnn.info().zLayer() : zLayer;
        cnn.layerIndex(z);
        new DatasetLabels(data, cnn.info().classNames());
        NewWorkspaceFolder.claim(root, dataset);
        Files.createDirectories(root.resolve("models"));
        Files.createDirectories(root.resolve("cache"));
        Files.createDirectories(root.resolve(WorkspaceOutput.EXPORTS));
        Path target = root.resolve("models/cnn.zip");
        AtomicFiles.copy(cnnZip, target);
        AtomicFiles.writeString(CnnStore.infoPath(target), GSON.toJson(cnn.info().withZLayer(z)));
        Path datasetPath = dataset.toAbsolutePath().normalize();
        String recorded = datasetTravels ? root.toAbsolutePath().normalize().relativize(datasetPath).toString()
                : datasetPath.toString();
        WorkspaceDescriptor descriptor = new WorkspaceDescriptor(WorkspaceDescriptor.VERSION, recorded,
                "models/cnn.zip", z, Instant.now().toString());
        AtomicFiles.writeString(root.resolve(DESCRIPTOR), GSON.toJson(descriptor));
        NewWorkspaceFolder.finish(root);
        return new Workspace(root, descriptor);
    }

    /**
     * Refuses a folder that cannot become a workspace of the dataset ({@link NewWorkspaceFolder}):
     * checked before the dataset is read, which takes long for a large one.
     */
    public static void requireNewFolder(Path root, Path dataset) {
        if (isWorkspace(root)) {
            throw new WorkspaceException(root + ": already a workspace (" + DESCRIPTOR + " exists)");
        }
        NewWorkspaceFolder.check(root, dataset);
    }

    /**
     * Whether the folder holds a workspace. An empty {@code workspace.json}, left by a creation
     * that earlier versions wrote in place and that was interrupted, does not count.
     */
    public static boolean isWorkspace(Path root) {
        Path file = root.resolve(DESCRIPTOR);
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return true; // unreadable: never taken for an empty folder to be written over
        }
    }

    public static Workspace open(Path root) {
        Path file = root.resolve(DESCRIPTOR);
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(root + ": " + notAWorkspace(root));
        }
        if (!isWorkspace(root)) {
            throw new WorkspaceException(file + ": empty, left by an interrupted creation; create the workspace"
                    + " again (`xspace workspace create`), which keeps its names and votes");
        }
        try {
            WorkspaceDescriptor d = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), WorkspaceDescriptor.class);
            if (d == null || d.dataset() == null || d.cnn() == null || d.zLayer() == null) {
                throw new WorkspaceException(file + ": expected version, dataset, cnn and zLayer");
            }
            if (d.version() > WorkspaceDescriptor.VERSION) {
                throw new WorkspaceException(file + ": written by a newer XSpace (format " + d.version()
                        + "; this version reads up to " + WorkspaceDescriptor.VERSION + ")");
            }
            return new Workspace(root, d);
        } catch (IOException | JsonParseException e) {
            throw new WorkspaceException(file + ": cannot be read (" + (e instanceof JsonParseException j ? JsonProblem.reason(j) : e.getMessage()) + ")", e);
        }
    }

    /** Why the path is no workspace, with the fix where the path is near one. */
    private static String notAWorkspace(Path root) {
        if (Files.isRegularFile(root)) {
            return DESCRIPTOR.equals(String.valueOf(root.getFileName()))
                    ? "a workspace is the folder that holds " + DESCRIPTOR + "; give " + root.toAbsolutePath().getParent()
                    : "a file, not a workspace folder";
        }
        return Files.exists(root) ? "not a workspace (no " + DESCRIPTOR + ")" : "no such folder";
    }

    public Path root() {
        return root;
    }

    public WorkspaceDescriptor descriptor() {
        return descriptor;
    }

    public Path datasetPath() {
        return root.resolve(descriptor.dataset()).normalize();
    }

    public Path cnnPath() {
        return root.resolve(descriptor.cnn());
    }

    public CubDataset dataset(ValidationMode mode) {
        return CubReader.read(datasetPath(), mode);
    }

    public ExplainedCnn cnn() {
        return CnnStore.load(cnnPath());
    }

    /** The network's description (classes, Z layer, fingerprint) without loading its weights. */
    public CnnInfo cnnInfo() {
        return CnnStore.readInfo(cnnPath());
    }

    /**
     * Opens the workspace database (names, votes, results); the caller closes it. The names and
     * votes of a workspace of an earlier release are first assigned to the module versions they
     * were given on ({@link EarlierKeys}), once.
     */
    public WorkspaceDatabase database() {
        WorkspaceDatabase db = WorkspaceDatabase.open(root);
        try {
            EarlierKeys.assign(this, db);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Where the features of the Z layer are cached. */
    public Path featuresDir() {
        return root.resolve("cache/features").resolve(descriptor.zLayer());
    }

    /**
     * The features of the Z layer for reading: refused when the workspace's network is not the one
     * that computed them ({@link FeatureNetwork}), as after its network file was replaced.
     */
    public Path features() {
        FeatureNetwork.requireSame(featuresDir(), cnnInfo().fingerprint());
        return featuresDir();
    }

    public Path modulesDir() {
        return root.resolve("models/modules");
    }

    /** Where each version of each explanation module lives. */
    public ModuleLayout moduleLayout() {
        return new ModuleLayout(modulesDir());
    }

    /** The explanation modules' versions, read from the module files on each call. */
    public ModuleVersions modules() {
        return new ModuleVersions(moduleLayout());
    }

    public Path heatmapCacheDir() {
        return root.resolve("cache/heatmaps");
    }

    public Path exportsDir() {
        return root.resolve(WorkspaceOutput.EXPORTS);
    }

    /** Where an evaluation of this workspace goes unless told otherwise ({@link EvaluationFiles}). */
    public Path evaluationDir() {
        return root.resolve(EvaluationFiles.IN_WORKSPACE);
    }
}
