package xspace.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import xspace.data.synth.SyntheticBirds;
import xspace.engine.TaskMonitor;
import xspace.model.CnnStore;

/**
 * Turns the demo assets into a workspace in the user's data folder on first start: regenerates
 * the synthetic birds from the recipe (the images are never shipped), creates the workspace with
 * the bundled CNN, copies the modules and extracts the features. A finished install is reused
 * while it holds the bundled network; an install of an earlier network (after an upgrade) is kept
 * aside, with its names and votes, as {@code demo-FINGERPRINT}, and the demo is installed afresh.
 */
public final class DemoInstaller {

    private DemoInstaller() {
    }

    /** The user's XSpace data folder: {@code xspace.home} if set, else {@code ~/.xspace}. */
    public static Path userDataFolder() {
        String home = System.getProperty("xspace.home");
        return home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".xspace");
    }

    public static boolean isInstalled(Path target) {
        return Files.exists(target.resolve("workspace/.installed"));
    }

    public static Workspace install(DemoAssets assets, Path target, TaskMonitor monitor) throws IOException {
        Path workspaceDir = target.resolve("workspace");
        if (isInstalled(target)) {
            String installed = Workspace.open(workspaceDir).cnnInfo().fingerprint();
            String bundled = CnnStore.readInfo(assets.cnn()).fingerprint();
            if (java.util.Objects.equals(installed, bundled)) {
                return Workspace.open(workspaceDir);
            }
            Path aside = target.resolveSibling(target.getFileName() + "-" + installed);
            Files.move(target, aside);
            monitor.progress(0, "the demo's network has changed; the earlier demo is kept in " + aside);
        }
        DemoAssets.Manifest manifest = assets.read();
        if (!manifest.recipe().rendersHere()) {
            throw new WorkspaceException(String.format("The demo in %s was built on synthetic birds of version %d, but this "
                    + "program draws version %d: the birds would not be the ones its network learned. Rebuild the "
                    + "demo with `xspace demo build`.", assets.root(), manifest.recipe().synthVersion(),
                    SyntheticBirds.VERSION));
        }
        Path data = target.resolve("data");
        if (!Files.exists(data.resolve("images.txt"))) {
            monitor.progress(0, "generating the demo birds");
            SyntheticBirds.generate(data, manifest.recipe().synth(), monitor.stage(0, 0.4));
        }
        if (!Files.exists(workspaceDir.resolve(Workspace.DESCRIPTOR))) {
            Workspace.create(workspaceDir, data, assets.cnn(), null);
        }
        Workspace workspace = Workspace.open(workspaceDir);
        Folders.copyTree(assets.modules(), workspace.modulesDir());
        if (Files.isDirectory(assets.evaluation())) {
            Folders.copyTree(assets.evaluation(), workspace.exportsDir().resolve("evaluation"));
        }
        new ModuleTraining(workspace).ensureFeatures(monitor.stage(0.4, 1));
        Files.writeString(workspaceDir.resolve(".installed"), manifest.recipe().toString());
        return workspace;
    }
}
