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
}
