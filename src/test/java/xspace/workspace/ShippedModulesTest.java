package xspace.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleStore;
import xspace.testing.TestWorkspace;

/** A demo's assets ship each class's version in use, and no version the build left behind. */
class ShippedModulesTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheVersionsInUseAreShippedAndEarlierAssetsLoseTheRest() throws Exception {
        Workspace workspace = Workspace.open(TestWorkspace.copy());
        ModuleVersion inUse = workspace.modules().requireCurrent(ExplanationMethod.SRAE, 0);
        ExplanationModule retrained = ModuleStore.load(inUse.file(), workspace.cnn().info());
        retrained.parameters().get("b").addi(0.5);
        ModuleVersion newer = workspace.modules().save(retrained).version();
        workspace.modules().use(inUse); // an expert's choice: the earlier version stays in use
        Path assets = dir.resolve("modules");
        Path stale = assets.resolve("srae/class-000@0123456789abcdef.zip");
        Files.createDirectories(stale.getParent());
        Files.writeString(stale, "a version of earlier assets");

        ShippedModules.copy(workspace, assets);

        ModuleVersions shipped = new ModuleVersions(new ModuleLayout(assets));
        assertThat(shipped.all()).extracting(ModuleVersion::id).containsExactly(inUse.id());
        assertThat(shipped.requireCurrent(ExplanationMethod.SRAE, 0).fingerprint()).isEqualTo(inUse.fingerprint());
        assertThat(files(assets)).containsExactlyInAnyOrder("srae/class-000.current",
                "srae/" + inUse.file().getFileName(), "srae/" + xspace.model.CnnStore.infoPath(inUse.file()).getFileName());
        assertThat(newer.fingerprint()).isNotEqualTo(inUse.fingerprint());
        assertThat(workspace.modules().of(ExplanationMethod.SRAE, 0)).as("the workspace keeps both").hasSize(2);
    }

    private static List<String> files(Path root) throws Exception {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/')).toList();
        }
    }
}
