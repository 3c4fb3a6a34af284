package xspace.workspace.session;

import java.io.IOException;
import java.nio.file.Path;
import xspace.data.CubDataset;
import xspace.data.ValidationMode;
import xspace.engine.TaskMonitor;
import xspace.model.CachedPredictions;
import xspace.model.CnnInfo;
import xspace.model.DatasetLabels;
import xspace.workspace.VersionOverview;
import xspace.workspace.Workspace;
import xspace.workspace.db.WorkspaceDatabase;

/**
 * An open workspace as the application uses it: the dataset (read leniently, so one bad line does
 * not keep a user out), the network's description, the cached features and the network's
 * predictions read from them, the modules, the
 * heatmaps and the database. Opened off the FX thread; closing it closes the database.
 */
public final class WorkspaceSession implements AutoCloseable {

    private final Workspace workspace;
    private final CubDataset dataset;
    private final CnnInfo cnnInfo;
    private final ZRows features;
    /** The network's prediction of every image with features, from the cached logits. */
    private final CachedPredictions predictions;
    private final ModuleCatalog modules;
    private final WorkspaceDatabase database;
    private final DatasetLabels labels;
    /** Shared by the views and exports, so that its one-pass-at-a-time lock covers them all. */
    private final HeatmapService heatmaps;

    private WorkspaceSession(Workspace workspace, CubDataset dataset, CnnInfo cnnInfo, ZRows features,
            CachedPredictions predictions, ModuleCatalog modules, WorkspaceDatabase database) {
        this.workspace = workspace;
        this.dataset = dataset;
        this.cnnInfo = cnnInfo;
        this.features = features;
        this.predictions = predictions;
        this.modules = modules;
        this.database = database;
        this.labels = new DatasetLabels(dataset, cnnInfo.classNames());
        this.heatmaps = new HeatmapService(workspace);
    }

    public static WorkspaceSession open(Path root, TaskMonitor monitor) throws IOException {
        monitor.progress(0, "Reading " + root);
        Workspace workspace = Workspace.open(root);
        monitor.progress(0.2, "Reading the dataset");
        CubDataset dataset = workspace.dataset(ValidationMode.LENIENT);
        monitor.checkCancelled();
        CnnInfo info = workspace.cnnInfo();
        monitor.progress(0.7, "Reading features and modules");
        ZRows features = new ZRows(workspace.features(), dataset);
        CachedPredictions predictions = CachedPredictions.read(features.dir(), features.entries(),
                monitor.stage(0.7, 0.9));
        WorkspaceDatabase db = workspace.database();
        try {
            ModuleCatalog modules = new ModuleCatalog(VersionOverview.of(workspace, db, null, null), info);
            monitor.progress(1, "Opened " + root.getFileName());
            return new WorkspaceSession(workspace, dataset, info, features, predictions, modules, db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public Workspace workspace() {
        return workspace;
    }

    public CubDataset dataset() {
        return dataset;
    }

    public CnnInfo cnnInfo() {
        return cnnInfo;
    }

    public ZRows zRows() {
        return features;
    }

    public CachedPredictions predictions() {
        return predictions;
    }

    public ModuleCatalog modules() {
        return modules;
    }

    public WorkspaceDatabase database() {
        return database;
    }

    public HeatmapService heatmaps() {
        return heatmaps;
    }

    /** The class index of the network's output that the image's label maps to. */
    public int classIndexOf(xspace.data.BirdImage image) {
        return labels.label(image);
    }

    public String className(int classIndex) {
        String raw = cnnInfo.classNames().get(classIndex);
        return new xspace.data.BirdClass(classIndex + 1, raw).displayName();
    }

    /** The sharing bundle of the names, votes and notes; the workspace's own files are refused as targets. */
    public xspace.workspace.sharing.ExportSummary exportBundle(Path zip) {
        return xspace.workspace.sharing.SharingBundle.export(database, zip, true, cnnInfo.fingerprint(),
                xspace.workspace.WorkspaceModules.fingerprints(workspace), java.time.Clock.systemUTC());
    }

    @Override
    public void close() {
        database.close();
    }
}
