package xspace.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.model.CnnInfo;
import xspace.model.InputLayout;
import xspace.model.Normalisation;

class ModuleStoreTest {

    @TempDir
    Path dir;

    @Test
    void saveAndLoadKeepEveryParameterAndTheNetworkComputesTheSameXFeatures() throws Exception {
        for (ExplanationMethod method : ExplanationMethod.values()) {
            ModuleShape shape = new ModuleShape(6, 5, 4, 3);
            ModuleParameters p = ModuleParameters.initial(shape, method.reconstructs(), 4, DataType.FLOAT);
            ModuleInfo info = new ModuleInfo("m", method, 1, "c", shape, Hyperparameters.defaults(), false, List.of(),
                    List.of(), new int[] {1}, new int[] {2}, "fc6", "abc", Map.of(), "now");
            Path zip = dir.resolve(method + ".zip");
            ModuleStore.save(new ExplanationModule(info, p), zip);
            CnnInfo cnn = new CnnInfo(List.of("a"), 8, InputLayout.NCHW, Normalisation.UNIT, "fc6", "t", "abc");
            ExplanationModule loaded = ModuleStore.load(zip, cnn);
            assertThat(loaded.parameters().asMap().keySet()).isEqualTo(p.asMap().keySet());
            for (var e : p.asMap().entrySet()) {
                assertThat(loaded.parameters().get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
            }
            INDArray z = Nd4j.rand(DataType.FLOAT, 4, 6);
            INDArray viaNetwork = ModuleNetwork.encoderPredictor(p).feedForwardToLayer(2, z, false).get(3);
            assertThat(viaNetwork.equalsWithEps(loaded.xFeatures(z), 1e-6)).isTrue();
        }
    }

    @Test
    void theFingerprintIsOfTheWeightsNetworkAndLayerAndSurvivesSavingInEitherPrecision() throws Exception {
        for (DataType type : new DataType[] {DataType.FLOAT, DataType.DOUBLE}) {
            ModuleShape shape = new ModuleShape(6, 5, 4, 3);
            ModuleInfo info = new ModuleInfo("m", ExplanationMethod.SRAE, 1, "c", shape, Hyperparameters.defaults(),
                    false, List.of(), List.of(), new int[] {1}, new int[] {2}, "fc6", "abc", Map.of(), "now");
            ModuleParameters p = ModuleParameters.initial(shape, true, 4, type);
            Path zip = dir.resolve(type + ".zip");
            ModuleInfo saved = ModuleStore.save(new ExplanationModule(info, p), zip);
            assertThat(saved.fingerprint()).hasSize(16).isEqualTo(ModuleFingerprint.of(info, p));
            assertThat(ModuleStore.readInfo(zip).fingerprint()).isEqualTo(saved.fingerprint());
            assertThat(ModuleStore.load(zip, CNN).info().versionId()).isEqualTo("m@" + saved.fingerprint());
            ModuleParameters other = ModuleParameters.initial(shape, true, 5, type);
            assertThat(ModuleFingerprint.of(info, other)).as("other weights").isNotEqualTo(saved.fingerprint());
            ModuleInfo otherLayer = new ModuleInfo("m", ExplanationMethod.SRAE, 1, "c", shape,
                    Hyperparameters.defaults(), false, List.of(), List.of(), new int[] {1}, new int[] {2}, "fc7", "abc",
                    Map.of(), "now");
            assertThat(ModuleFingerprint.of(otherLayer, p)).as("another layer").isNotEqualTo(saved.fingerprint());
        }
    }

    @Test
    void aModuleSavedWithoutFingerprintGetsTheOneOfItsWeightsAndAChangedDescriptionIsRefused() throws Exception {
        Path zip = dir.resolve("class-001.zip");
        ExplanationModule module = module(6, 3);
        ModuleInfo saved = ModuleStore.save(module, zip);
        ModuleStore.recordFingerprint(zip, saved.withFingerprint("0000000000000000"));
        assertThatThrownBy(() -> ModuleStore.load(zip, CNN)).isInstanceOf(xspace.model.ModelException.class)
                .hasMessageContaining("0000000000000000").hasMessageContaining(saved.fingerprint());
        java.nio.file.Files.writeString(dir.resolve("class-001.json"), new com.google.gson.Gson().toJson(module.info()));
        try (var fs = java.nio.file.FileSystems.newFileSystem(zip)) {
            java.nio.file.Files.delete(fs.getPath("xspace-module.json"));
        }
        assertThat(ModuleStore.readInfo(zip).fingerprint()).as("as an earlier release saved it").isNull();
        assertThat(ModuleStore.load(zip, CNN).info().fingerprint()).isEqualTo(saved.fingerprint());
    }

    @Test
    void aModuleOfAnotherNetworkOrLayerIsRefusedWithBothNamed() throws Exception {
        ModuleShape shape = new ModuleShape(6, 5, 4, 3);
        ModuleInfo info = new ModuleInfo("m", ExplanationMethod.SRAE, 1, "c", shape, Hyperparameters.defaults(), false,
                List.of(), List.of(), new int[] {1}, new int[] {2}, "fc6", "abc", Map.of(), "now");
        Path zip = dir.resolve("srae.zip");
        ModuleStore.save(new ExplanationModule(info, ModuleParameters.initial(shape, true, 4, DataType.FLOAT)), zip);
        CnnInfo other = new CnnInfo(List.of("a"), 8, InputLayout.NCHW, Normalisation.UNIT, "fc6", "t", "def");
        assertThatThrownBy(() -> ModuleStore.load(zip, other)).isInstanceOf(xspace.model.ModelException.class)
                .hasMessageContaining("srae.zip").hasMessageContaining("abc").hasMessageContaining("def");
        CnnInfo otherLayer = new CnnInfo(List.of("a"), 8, InputLayout.NCHW, Normalisation.UNIT, "fc7", "t", "abc");
        assertThatThrownBy(() -> ModuleStore.load(zip, otherLayer)).isInstanceOf(xspace.model.ModelException.class)
                .hasMessageContaining("fc6").hasMessageContaining("fc7");
        java.nio.file.Files.write(dir.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 0});
        assertThatThrownBy(() -> ModuleStore.load(dir.resolve("broken.zip"), other))
                .isInstanceOf(xspace.model.ModelException.class).hasMessageContaining("broken.zip")
                .hasMessageContaining("broken.json is missing");
        java.nio.file.Files.copy(dir.resolve("srae.json"), dir.resolve("broken.json"));
        CnnInfo same = new CnnInfo(List.of("a"), 8, InputLayout.NCHW, Normalisation.UNIT, "fc6", "t", "abc");
        assertThatThrownBy(() -> ModuleStore.load(dir.resolve("broken.zip"), same))
                .isInstanceOf(xspace.model.ModelException.class)
                .hasMessageContaining("broken.zip: not a readable explanation module");
    }

    private static ExplanationModule module(int zSize, int n) {
        ModuleShape shape = new ModuleShape(zSize, 5, 4, n);
        ModuleInfo info = new ModuleInfo("m", ExplanationMethod.SRAE, 1, "c", shape, Hyperparameters.defaults(), false,
                List.of(), List.of(), new int[] {1}, new int[] {2}, "fc6", "abc", Map.of(), "now");
        return new ExplanationModule(info, ModuleParameters.initial(shape, true, 4, DataType.FLOAT));
    }

    private static final CnnInfo CNN = new CnnInfo(List.of("a"), 8, InputLayout.NCHW, Normalisation.UNIT, "fc6", "t",
            "abc");

    /** The loaded description must describe the loaded weights: n of the one is the width of the other. */
    private static void assertWhole(ExplanationModule loaded) {
        INDArray e = loaded.xFeatures(Nd4j.rand(DataType.FLOAT, 2, loaded.info().shape().zSize()));
        assertThat(e.columns()).isEqualTo(loaded.info().n());
    }

    @Test
    void aCrashBetweenTheWeightsAndTheJsonBesideThemStillLoadsTheDescriptionOfTheWeights() throws Exception {
        Path zip = dir.resolve("class-001.zip");
        ModuleStore.save(module(6, 3), zip);
        String oldJson = java.nio.file.Files.readString(dir.resolve("class-001.json"));
        ModuleStore.save(module(6, 5), zip);
        java.nio.file.Files.writeString(dir.resolve("class-001.json"), oldJson);
        ExplanationModule loaded = ModuleStore.load(zip, CNN);
        assertThat(loaded.info().n()).isEqualTo(5);
        assertWhole(loaded);
        java.nio.file.Files.writeString(dir.resolve("class-001.json"), "{\"trunc");
        assertThat(ModuleStore.load(zip, CNN).info().n()).isEqualTo(5);
    }

    @Test
    void aFullDiskDuringASaveLeavesTheOldModuleAsItWas() throws Exception {
        var mounted = xspace.engine.SmallDisk.mount(dir.resolve("disk"), 512);
        org.junit.jupiter.api.Assumptions.assumeTrue(mounted.isPresent(), "needs root to mount a small tmpfs");
        try (xspace.engine.SmallDisk disk = mounted.get()) {
            Path zip = disk.root().resolve("class-001.zip");
            ExplanationModule old = module(6, 3);
            ModuleStore.save(old, zip);
            disk.fillLeaving(16 * 1024);
            assertThatThrownBy(() -> ModuleStore.save(module(512, 5), zip)).isInstanceOf(java.io.IOException.class)
                    .hasMessageContaining("class-001").hasMessageContaining("the disk is full");
            ExplanationModule loaded = ModuleStore.load(zip, CNN);
            assertThat(loaded.info().n()).isEqualTo(3);
            assertThat(loaded.parameters().get("W1")).isEqualTo(old.parameters().get("W1"));
            assertWhole(loaded);
        }
    }

    @Test
    void twoSavesOfOneClassAtOnceLeaveOneWholeModule() throws Exception {
        Path zip = dir.resolve("class-002.zip");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var a = pool.submit(() -> saveRepeatedly(zip, 3));
            var b = pool.submit(() -> saveRepeatedly(zip, 4));
            a.get();
            b.get();
        } finally {
            pool.shutdown();
        }
        ExplanationModule loaded = ModuleStore.load(zip, CNN);
        assertWhole(loaded);
        assertThat(ModuleStore.readInfo(zip).n()).isEqualTo(loaded.info().n());
    }

    private static Void saveRepeatedly(Path zip, int n) throws java.io.IOException {
        for (int i = 0; i < 6; i++) {
            ModuleStore.save(module(6, n), zip);
            assertWhole(ModuleStore.load(zip, CNN));
        }
        return null;
    }
}
