package xspace.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;
import xspace.data.synth.SyntheticBirds;
import xspace.engine.AtomicFiles;
import xspace.engine.ExclusiveLock;
import xspace.engine.FileTrees;
import xspace.engine.TaskMonitor;
import xspace.model.CnnStore;

/**
 * Turns the demo assets into a workspace in the user's data folder on first start: regenerates
 * the synthetic birds from the recipe (the images are never shipped), creates the workspace with
 * the bundled CNN, copies the modules and extracts the features. All of it happens in a hidden
 * folder that is renamed into place at the end, so an interrupted install leaves nothing half made
 * and the next start begins again. A finished install is reused while it holds the bundled
 * network, and takes the bundled modules it lacks ({@link DemoModuleUpdate}); an install of an
 * earlier network (after an upgrade) is kept aside, with its names and votes, as
 * {@code demo-FINGERPRINT}, and the demo is installed afresh.
 */
public final class DemoInstaller {

    private static final String MARKER = "workspace/.installed";

    private DemoInstaller() {
    }

    /** The user's XSpace data folder: {@code xspace.home} if set, else {@code ~/.xspace}. */
    public static Path userDataFolder() {
        String home = System.getProperty("xspace.home");
        return home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".xspace");
    }

    public static boolean isInstalled(Path target) {
        return Files.exists(target.resolve(MARKER));
    }

    /**
     * Installs the demo in a folder someone chose: a new or empty folder, or an earlier install. A
     * folder holding anything else is refused before anything is changed: it may be someone's
     * workspace or thesis, and the demo has no claim on it.
     */
    public static Workspace install(DemoAssets assets, Path target, TaskMonitor monitor) throws IOException {
        return install(assets, target, false, monitor);
    }

    /**
     * Installs the demo at {@code target} unless it is there; one install at a time, across
     * processes. The assets are checked first, so that assets missing or built for other birds
     * change nothing. {@code ownFolder}: the target is XSpace's own demo folder, where an
     * interrupted in-place install of an earlier release may lie; it is moved aside, never deleted.
     */
    public static Workspace install(DemoAssets assets, Path target, boolean ownFolder, TaskMonitor monitor)
            throws IOException {
        DemoAssets.Manifest manifest = checked(assets);
        Path folder = target.toAbsolutePath().normalize();
        Files.createDirectories(folder.getParent());
        try (ExclusiveLock lock = ExclusiveLock.of(folder)) {
            if (isInstalled(folder)) {
                if (holdsBundledNetwork(assets, folder)) {
                    Workspace installed = Workspace.open(folder.resolve("workspace"));
                    report(DemoModuleUpdate.apply(assets, installed), monitor);
                    return installed;
                }
                Path aside = setAside(folder, installedFingerprint(folder));
                monitor.progress(0, "the demo's network has changed; the earlier demo is kept in " + aside);
            } else {
                makeRoom(folder, ownFolder, monitor);
            }
            Path staging = folder.resolveSibling("." + folder.getFileName() + ".installing");
            FileTrees.delete(staging);
            build(assets, manifest, staging, monitor);
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            return Workspace.open(folder.resolve("workspace"));
        }
    }

    private static void report(DemoModuleUpdate.Outcome update, TaskMonitor monitor) {
        if (update.added() > 0) {
            monitor.progress(1, String.format("the demo's modules were updated: %d new versions, %d now in use%s",
                    update.added(), update.switched(), update.keptForExperts().isEmpty() ? ""
                            : "; " + update.keptForExperts().size() + " classes keep the version their names and votes"
                                    + " belong to (the new one is beside it)"));
        }
    }

    private static boolean holdsBundledNetwork(DemoAssets assets, Path folder) {
        return Objects.equals(installedFingerprint(folder), CnnStore.readInfo(assets.cnn()).fingerprint());
    }

    private static String installedFingerprint(Path folder) {
        return Workspace.open(folder.resolve("workspace")).cnnInfo().fingerprint();
    }

    /** Moves an earlier install out of the way under a free name; it may hold names and votes. */
    private static Path setAside(Path folder, String why) throws IOException {
        Path aside = folder.resolveSibling(folder.getFileName() + "-" + why);
        for (int i = 2; Files.exists(aside); i++) {
            aside = folder.resolveSibling(folder.getFileName() + "-" + why + "-" + i);
        }
        Files.move(folder, aside, StandardCopyOption.ATOMIC_MOVE);
        return aside;
    }

    /**
     * Frees the target for the finished install: an empty folder is taken; XSpace's own demo folder
     * holding what an earlier release's interrupted install left is moved aside (it may hold names
     * and votes); any other folder with files is refused, untouched.
     */
    private static void makeRoom(Path folder, boolean ownFolder, TaskMonitor monitor) throws IOException {
        if (!Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS) && FileTrees.isEmpty(folder)) {
            Files.delete(folder);
        } else if (ownFolder) {
            monitor.progress(0, "an incomplete demo install was kept in " + setAside(folder, "incomplete"));
        } else {
            throw new WorkspaceException(folder + ": already holds files and is not a demo install; nothing was"
                    + " changed. Install the demo into a new or empty folder (--target).");
        }
    }

    /** The assets' manifest, once they are known to exist and to draw the birds this program draws. */
    private static DemoAssets.Manifest checked(DemoAssets assets) throws IOException {
        DemoAssets.Manifest manifest = assets.read();
        if (!manifest.recipe().rendersHere()) {
            throw new WorkspaceException(String.format("The demo in %s was built on synthetic birds of version %d, but this "
                    + "program draws version %d: the birds would not be the ones its network learned. Rebuild the "
                    + "demo with `xspace demo build`.", assets.root(), manifest.recipe().synthVersion(),
                    SyntheticBirds.VERSION));
        }
        return manifest;
    }

    private static void build(DemoAssets assets, DemoAssets.Manifest manifest, Path staging, TaskMonitor monitor)
            throws IOException {
        Path data = staging.resolve("data");
        Path workspaceDir = staging.resolve("workspace");
        monitor.progress(0, "generating the demo birds");
        SyntheticBirds.generate(data, manifest.recipe().synth(), monitor.stage(0, 0.4));
        Workspace workspace = Workspace.create(workspaceDir, data, assets.cnn(), null, true);
        Folders.copyTree(assets.modules(), workspace.modulesDir());
        if (Files.isDirectory(assets.evaluation())) {
            Folders.copyTree(assets.evaluation(), workspace.evaluationDir());
        }
        new ModuleTraining(workspace).ensureFeatures(monitor.stage(0.4, 1));
        AtomicFiles.writeString(staging.resolve(MARKER), manifest.recipe().toString());
    }
}
