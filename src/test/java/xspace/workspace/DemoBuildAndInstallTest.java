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
                .withSeed(3), SyntheticBirds.VERSION, 16, List.of(new DemoRecipe.CnnStage(1, 1e-3, 2), new DemoRecipe.CnnStage(1, 1e-4, 2)), 1, List.of(ExplanationMethod.SRAE, ExplanationMethod.NN), 3, 2, 1,
                xspace.explain.NegativeWeighting.LOOK_ALIKE, 2, 2);
        DemoAssets assets = new DemoAssets(dir.resolve("assets/demo"));
        List<String> log = new ArrayList<>();
        DemoAssets.Manifest manifest = new DemoBuilder(tiny, dir.resolve("work"), log::add).build(assets,
                TaskMonitor.NONE);
        assertThat(assets.exists()).isTrue();
        assertThat(manifest.figures()).containsKeys("cnnTestAccuracy", "cnnSeconds", "assetBytes");
        assertThat(assets.read().recipe()).isEqualTo(tiny);
        assertThat(new ModuleLayout(assets.modules()).currentFile(ExplanationMethod.SRAE, 2)).exists();
        assertThat(Files.exists(assets.root().resolve("data"))).as("images are regenerated, never shipped").isFalse();
        assertThat(assets.evaluation().resolve("table1.md")).exists();
        assertThat(assets.evaluation().resolve("table2.csv")).exists();

        interruptedInstallsLeaveNothingAndTheNextOneCompletes(assets, dir.resolve("user/demo"));
        aChosenFolderHoldingFilesIsRefusedUntouched(assets);
        Workspace workspace = DemoInstaller.install(assets, dir.resolve("user/demo"), TaskMonitor.NONE);
        assertThat(DemoInstaller.isInstalled(dir.resolve("user/demo"))).isTrue();
        assertThat(workspace.dataset(xspace.data.ValidationMode.STRICT).images()).hasSize(24);
        List<Path> modules;
        try (var files = Files.walk(workspace.modulesDir())) {
            modules = files.filter(p -> p.toString().endsWith(".zip")).toList();
        }
        assertThat(modules).hasSize(6);
        for (Path module : modules) {
            xspace.explain.ModuleInfo info = ModuleStore.load(module, workspace.cnn().info()).info();
            assertThat(info.n()).isEqualTo(3);
            assertThat(info.hyperparameters().negatives()).isEqualTo(xspace.explain.NegativeWeighting.LOOK_ALIKE);
            assertThat(info.attempts()).as("at most the recipe's attempts").hasSizeBetween(1, tiny.moduleAttempts());
        }
        assertThat(Files.exists(workspace.featuresDir().resolve("z.npy"))).isTrue();
        assertThat(workspace.exportsDir().resolve("evaluation/table1.csv")).exists();
        assertThat(DemoInstaller.install(assets, dir.resolve("user/demo"), TaskMonitor.NONE).root())
                .isEqualTo(workspace.root());

        aReleaseWithNewModulesAddsThemWhereNoExpertHasWorked(assets, workspace, dir.resolve("user/demo"));

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
            assertThat(db.annotators()).extracting(a -> a.name()).containsExactlyInAnyOrder("Ann", "Dana");
        }
    }

    /**
     * New module versions for the same network (as a release with retrained modules): the class
     * whose version in use has a name keeps it, with the new version beside; the other switches.
     */
    private void aReleaseWithNewModulesAddsThemWhereNoExpertHasWorked(DemoAssets assets, Workspace workspace,
            Path target) throws Exception {
        ModuleVersion named = workspace.modules().requireCurrent(ExplanationMethod.SRAE, 0);
        ModuleVersion unnamed = workspace.modules().requireCurrent(ExplanationMethod.SRAE, 1);
        try (xspace.workspace.db.WorkspaceDatabase db = workspace.database()) {
            db.setName(new xspace.workspace.db.XFeatureKey(named.id(), 0, 1), db.addAnnotator("Dana"), "crest");
        }
        ModuleVersions release = new ModuleVersions(new ModuleLayout(assets.modules()));
        List<String> fresh = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            xspace.explain.ExplanationModule module = ModuleStore.load(
                    release.requireCurrent(ExplanationMethod.SRAE, c).file(), workspace.cnn().info());
            module.parameters().get("b").addi(0.25);
            fresh.add(release.save(module).version().fingerprint());
        }
        List<String> messages = new ArrayList<>();
        Workspace updated = DemoInstaller.install(assets, target, new RecordingMonitor(messages));

        assertThat(updated.modules().of(ExplanationMethod.SRAE, 0)).extracting(ModuleVersion::fingerprint)
                .contains(named.fingerprint(), fresh.get(0));
        assertThat(updated.modules().requireCurrent(ExplanationMethod.SRAE, 0).id()).isEqualTo(named.id());
        assertThat(updated.modules().requireCurrent(ExplanationMethod.SRAE, 1).fingerprint()).isEqualTo(fresh.get(1));
        assertThat(updated.modules().of(ExplanationMethod.SRAE, 1)).extracting(ModuleVersion::id).contains(unnamed.id());
        try (xspace.workspace.db.WorkspaceDatabase db = updated.database()) {
            assertThat(db.currentName(new xspace.workspace.db.XFeatureKey(named.id(), 0, 1))).contains("crest");
        }
        assertThat(messages).anyMatch(m -> m.contains("2 new versions, 1 now in use") && m.contains("1 classes keep"));
        assertThat(DemoInstaller.install(assets, target, new RecordingMonitor(messages)).modules().all())
                .as("a second start adds nothing").hasSameSizeAs(updated.modules().all());
    }

    /** Keeps every message it is given. */
    private record RecordingMonitor(List<String> messages) implements TaskMonitor {
        @Override
        public void progress(double fraction, String message) {
            messages.add(message);
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    /**
     * A crash at the k-th progress report, for k = 1, 2, 3, ... until an install gets through: each
     * leaves no demo folder (a first start that dies is simply a first start again), and a folder
     * half written in XSpace's own demo folder by an in-place install of an earlier version is kept
     * aside, never deleted.
     */
    private void interruptedInstallsLeaveNothingAndTheNextOneCompletes(DemoAssets assets, Path target)
            throws Exception {
        Files.createDirectories(target.resolve("data"));
        Files.writeString(target.resolve("data/images.txt"), "1 a/1.jpg\n");
        int crashes = 0;
        for (int k = 1; ; k++) {
            try {
                DemoInstaller.install(assets, target, true, new CrashAt(k));
                break;
            } catch (SimulatedCrash expected) {
                crashes++;
                assertThat(target).as("after a crash at report %d", k).doesNotExist();
                assertThat(DemoInstaller.isInstalled(target)).isFalse();
            }
        }
        assertThat(crashes).isGreaterThanOrEqualTo(3);
        assertThat(DemoInstaller.isInstalled(target)).isTrue();
        assertThat(target.resolveSibling("demo-incomplete/data/images.txt")).as("kept aside").hasContent("1 a/1.jpg");
        xspace.engine.FileTrees.delete(target);
    }

    /** Someone's folder given as the target is never taken: refused with nothing changed, whatever it holds. */
    private void aChosenFolderHoldingFilesIsRefusedUntouched(DemoAssets assets) throws Exception {
        Path thesis = Files.createDirectories(dir.resolve("thesis/workspace"));
        Files.writeString(thesis.resolveSibling("chapter1.txt"), "words");
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> DemoInstaller.install(assets, dir.resolve("thesis"), TaskMonitor.NONE))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage(dir.resolve("thesis") + ": already holds files and is not a demo install; nothing was"
                        + " changed. Install the demo into a new or empty folder (--target).");
        assertThat(dir.resolve("thesis/chapter1.txt")).hasContent("words");
        assertThat(dir.resolve("thesis/workspace")).isEmptyDirectory();
        assertThat(dir.resolve("thesis-incomplete")).doesNotExist();
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(DemoInstaller.install(assets, empty, TaskMonitor.NONE).root()).isEqualTo(empty.resolve("workspace"));
    }

    @Test
    void missingAssetsChangeNothing() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(mine.resolve("notes.txt"), "mine");
        for (boolean own : new boolean[] {false, true}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DemoInstaller.install(
                    new DemoAssets(dir.resolve("nowhere/demo")), mine, own, TaskMonitor.NONE))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("no demo assets");
            assertThat(mine.resolve("notes.txt")).hasContent("mine");
            assertThat(dir.resolve("mine-incomplete")).doesNotExist();
        }
    }

    private static final class SimulatedCrash extends RuntimeException {
    }

    private static final class CrashAt implements TaskMonitor {
        private final int k;
        private int reports;

        CrashAt(int k) {
            this.k = k;
        }

        @Override
        public void progress(double fraction, String message) {
            if (++reports == k) {
                throw new SimulatedCrash();
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    @Test
    void recipesThatDifferOnlyInTheirModulesShareTheNetwork() {
        DemoRecipe standard = DemoRecipe.standard();
        DemoRecipe earlierModules = new DemoRecipe(standard.synth().withThreads(7), standard.synthVersion(),
                standard.inputSize(), standard.cnnStages(), standard.cnnSeed(), standard.methods(), 4, 30, 9, null, 0, 0);
        assertThat(earlierModules.moduleNegatives()).isEqualTo(xspace.explain.NegativeWeighting.UNIFORM);
        assertThat(earlierModules.moduleAttempts()).as("recipes before attempts were recorded allowed the default")
                .isEqualTo(xspace.explain.ModuleTrainer.MAX_ATTEMPTS);
        assertThat(earlierModules.moduleCandidates()).as("and kept their first acceptable attempt").isEqualTo(1);
        assertThat(standard.makesTheSameNetworkAs(earlierModules)).isTrue();
        assertThat(standard.makesTheSameAs(earlierModules)).isFalse();
        DemoRecipe otherNetwork = new DemoRecipe(standard.synth(), standard.synthVersion(), standard.inputSize(),
                standard.cnnStages(), standard.cnnSeed() + 1, standard.methods(), standard.n(), standard.moduleEpochs(),
                standard.moduleSeed(), standard.moduleNegatives(), standard.moduleAttempts(),
                standard.moduleCandidates());
        assertThat(standard.makesTheSameNetworkAs(otherNetwork)).isFalse();
        assertThat(standard.moduleHyperparameters().negatives()).isEqualTo(standard.moduleNegatives());
    }

    @Test
    void installRefusesAssetsBuiltOnBirdsThisProgramNoLongerDraws() throws Exception {
        DemoRecipe old = new DemoRecipe(SynthOptions.defaults().withSpecies(3).withPerSpecies(8).withSize(32),
                SyntheticBirds.VERSION - 1, 16, List.of(new DemoRecipe.CnnStage(1, 1e-3, 2)), 1,
                List.of(ExplanationMethod.SRAE), 3, 2, 1, null, 0, 0);
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
