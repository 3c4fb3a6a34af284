package xspace.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import xspace.data.synth.SyntheticBirds;
import xspace.explain.ModuleStore;
import xspace.model.CnnInfo;
import xspace.model.CnnStore;
import xspace.model.ExplainedCnn;

/** The demo shipped in assets/demo: its network loads and every module it holds opens against it. */
class BundledDemoAssetsTest {

    private final DemoAssets assets = new DemoAssets(Path.of("assets", "demo"));

    @Test
    void theBundledNetworkAndEveryModuleLoad() throws Exception {
        assertThat(assets.exists()).as("assets/demo with demo.json and cnn.zip").isTrue();
        DemoAssets.Manifest manifest = assets.read();
        ExplainedCnn cnn = CnnStore.load(assets.cnn());
        CnnInfo info = cnn.info();
        assertThat(info.classCount()).isEqualTo(manifest.recipe().synth().species());
        assertThat(info.inputSize()).isEqualTo(manifest.recipe().inputSize());
        assertThat(SyntheticBirds.catalog(manifest.recipe().synth()).species()).hasSize(info.classCount());
        List<Path> modules;
        try (var files = Files.walk(assets.root())) {
            modules = files.filter(p -> p.toString().endsWith(".zip") && !p.equals(assets.cnn())).toList();
        }
        for (Path module : modules) {
            assertThat(ModuleStore.load(module, info).info().cnnFingerprint()).isEqualTo(info.fingerprint());
        }
    }
}
