package xspace.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.synth.SynthOptions;
import xspace.data.synth.SyntheticBirds;
import xspace.engine.TaskMonitor;
import xspace.explain.ExplanationMethod;
import xspace.explain.ModuleStore;

/** A miniature demo recipe built into assets, then installed the way the application does on first start. */
class DemoBuildAndInstallTest {

    @TempDir
    Path dir;

    @Test
    void buildWritesAssetsAndInstallOpensEveryModuleAgainstTheBundledNetwork() throws Exception {
        DemoRecipe tiny = new DemoRecipe(SynthOptions.defaults().withSpecies(3).withPerSpecies(8).withSize(32)
                .withSeed(3), SyntheticBirds.VERSION, 16, List.of(new DemoRecipe.CnnStage(1, 1e-3, 2), new DemoRecipe.CnnStage(1, 1e-4, 2)), 1, List.of(ExplanationMethod.SRAE, ExplanationMethod.NN), 3, 2, 1);
        DemoAssets assets = new DemoAssets(dir.resolve("assets/demo"));
        List<String> log = new ArrayList<>();
        DemoAssets.Manifest manifest = new DemoBuilder(tiny, dir.resolve("work"), log::add).build(assets,
                TaskMonitor.NONE);
        assertThat(assets.exists()).isTrue();
        assertThat(manifest.figures()).containsKeys("cnnTestAccuracy", "cnnSeconds", "assetBytes");
        assertThat(assets.read().recipe()).isEqualTo(tiny);
        assertThat(Files.exists(assets.modules().resolve("srae/class-002.zip"))).isTrue();
        assertThat(Files.exists(assets.root().resolve("data"))).as("images are regenerated, never shipped").isFalse();
        assertThat(assets.evaluation().resolve("table1.md")).exists();
        assertThat(assets.evaluation().resolve("table2.csv")).exists();

        Workspace workspace = DemoInstaller.install(assets, dir.resolve("user/demo"), TaskMonitor.NONE);
        assertThat(DemoInstaller.isInstalled(dir.resolve("user/demo"))).isTrue();
        List<Path> modules;
        try (var files = Files.walk(workspace.modulesDir())) {
            modules = files.filter(p -> p.toString().endsWith(".zip")).toList();
        }
        assertThat(modules).hasSize(6);
        for (Path module : modules) {
            assertThat(ModuleStore.load(module, workspace.cnn().info()).info().n()).isEqualTo(3);
        }
        assertThat(Files.exists(workspace.featuresDir().resolve("z.npy"))).isTrue();
        assertThat(workspace.exportsDir().resolve("evaluation/table1.csv")).exists();
        assertThat(DemoInstaller.install(assets, dir.resolve("user/demo"), TaskMonitor.NONE).root())
                .isEqualTo(workspace.root());

        // An upgrade brings another network: the earlier demo (and its votes) is kept aside.
        String before = workspace.cnnInfo().fingerprint();
        Path info = xspace.model.CnnStore.infoPath(assets.cnn());
        Files.writeString(info, Files.readString(info).replace(before, "0123456789abcdef"));
        try (xspace.workspace.db.WorkspaceDatabase db = workspace.database()) {
            db.addAnnotator("Ann");
        }
        Workspace upgraded = DemoInstaller.install(assets, dir.resolve("user/demo"), TaskMonitor.NONE);
        assertThat(upgraded.cnnInfo().fingerprint()).isEqualTo("0123456789abcdef");
        Workspace kept = Workspace.open(dir.resolve("user/demo-" + before + "/workspace"));
        try (xspace.workspace.db.WorkspaceDatabase db = kept.database()) {
            assertThat(db.annotators()).extracting(a -> a.name()).containsExactly("Ann");
        }
    }

    @Test
    void installRefusesAssetsBuiltOnBirdsThisProgramNoLongerDraws() throws Exception {
        DemoRecipe old = new DemoRecipe(SynthOptions.defaults().withSpecies(3).withPerSpecies(8).withSize(32),
                SyntheticBirds.VERSION - 1, 16, List.of(new DemoRecipe.CnnStage(1, 1e-3, 2)), 1,
                List.of(ExplanationMethod.SRAE), 3, 2, 1);
        DemoAssets assets = new DemoAssets(dir.resolve("assets/demo"));
        assets.write(new DemoAssets.Manifest(old, java.util.Map.of()));
        Files.writeString(assets.cnn(), "not read before the check");

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> DemoInstaller.install(assets, dir.resolve("user/demo"), TaskMonitor.NONE))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("version " + (SyntheticBirds.VERSION - 1))
                .hasMessageContaining("xspace demo build");
        assertThat(dir.resolve("user/demo/data")).doesNotExist();
    }
}
