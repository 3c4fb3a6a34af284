import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import xspace.data.BirdClass;
import xspace.data.CubReader;
import xspace.data.ValidationMode;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.explain.Hyperparameters;
import xspace.explain.ModuleInfo;
import xspace.explain.ModuleParameters;
import xspace.explain.ModuleShape;
import xspace.explain.ModuleStore;
import xspace.model.CnnBuilder;
import xspace.model.CnnInfo;
import xspace.model.CnnSpec;
import xspace.model.CnnStore;
import xspace.model.ExplainedCnn;
import xspace.model.InputLayout;
import xspace.model.Normalisation;
import xspace.workspace.Workspace;

/**
 * What the CUB-sized run on the GPU needs and no command makes quickly: `cnn DATA SIZE ZIP` saves
 * a VGG19 with random weights for the dataset's classes; `module WORKSPACE CLASS` saves a
 * 5-x-feature SRAE module with its initial parameters as that class's module (training one on
 * 11,788 × 4,096 features would take the CPU longer than the maps).
 */
public final class VggWorkspace {

    public static void main(String[] args) throws Exception {
        xspace.engine.BackendSelection.select();
        if (args[0].equals("cnn")) {
            List<String> names = CubReader.read(Path.of(args[1]), ValidationMode.LENIENT).classes().stream()
                    .map(BirdClass::name).toList();
            int size = Integer.parseInt(args[2]);
            CnnInfo info = new CnnInfo(names, size, InputLayout.NCHW, Normalisation.UNIT, CnnSpec.Z_LAYER,
                    "VGG19, random weights", null);
            CnnStore.save(new ExplainedCnn(CnnBuilder.build(CnnSpec.vgg19(size, names.size()), 1), info),
                    Path.of(args[3]));
            return;
        }
        Workspace workspace = Workspace.open(Path.of(args[1]));
        int classIndex = Integer.parseInt(args[2]);
        ExplainedCnn cnn = workspace.cnn();
        ModuleShape shape = ModuleShape.forZ(cnn.zSize(), 5);
        ModuleInfo info = new ModuleInfo(ModuleInfo.idOf(ExplanationMethod.SRAE, classIndex), ExplanationMethod.SRAE,
                classIndex, cnn.info().classNames().get(classIndex), shape, Hyperparameters.defaults(), false, List.of(),
                List.of(), new int[0], new int[0], cnn.info().zLayer(), cnn.info().fingerprint(), Map.of(),
                Instant.now().toString());
        Path zip = workspace.modulesDir().resolve("srae").resolve(String.format("class-%03d.zip", classIndex));
        Files.createDirectories(zip.getParent());
        ModuleStore.save(new ExplanationModule(info, ModuleParameters.initial(shape, true, 3, DataType.FLOAT)), zip);
    }
}
