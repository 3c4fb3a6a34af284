package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import xspace.attribution.Heatmap;
import xspace.data.CubFixture;
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

/** xspace heatmaps with a plain model file and with a workspace's module, cache included. */
class HeatmapsCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesAHeatmapPerLogitTargetForAModelFile() throws Exception {
        CnnSpec spec = new CnnSpec(16, List.of(4, 8), List.of(1, 1), List.of(16, 8), 3, 0.0);
        CnnInfo info = new CnnInfo(List.of("a", "b", "c"), 16, InputLayout.NCHW, Normalisation.UNIT, CnnSpec.Z_LAYER,
                "test", null);
        Path model = dir.resolve("cnn.zip");
        CnnStore.save(new ExplainedCnn(CnnBuilder.build(spec, 5), info), model);
        Path picture = dir.resolve("bird.png");
        BufferedImage image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        image.setRGB(5, 5, 0xFFAA33);
        ImageIO.write(image, "png", picture.toFile());

        CommandRun run = CommandRun.of("heatmaps", "--model", model, "--image-file", picture, "--target", "logit:1",
                "--layer", "conv2_1", "--colormap", "viridis", "--out", dir.resolve("out"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(dir.resolve("out"))) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(2).allMatch(n -> n.contains("logit-1"));
            Heatmap heatmap = Heatmap.readNpy(dir.resolve("out").resolve(names.get(0)));
            assertThat(heatmap.width()).isEqualTo(30);
            assertThat(heatmap.height()).isEqualTo(20);
            assertThat(heatmap.sum()).satisfiesAnyOf(s -> assertThat(s).isCloseTo(1, within(1e-4)),
                    s -> assertThat(s).isZero());
        }
        assertThat(CommandRun.of("heatmaps", "--model", model, "--image-file", picture, "--target", "wings:1", "--out",
                dir.resolve("out")).err()).contains("xfeatures:CLASS");
    }

    @Test
    void aMissingImageFileIsNamed() throws Exception {
        CnnSpec spec = new CnnSpec(16, List.of(4), List.of(1), List.of(8), 3, 0.0);
        CnnInfo info = new CnnInfo(List.of("a", "b", "c"), 16, InputLayout.NCHW, Normalisation.UNIT, CnnSpec.Z_LAYER,
                "test", null);
        Path model = dir.resolve("cnn.zip");
        CnnStore.save(new ExplainedCnn(CnnBuilder.build(spec, 5), info), model);
        Path missing = dir.resolve("nope.jpg");
        CommandRun run = CommandRun.of("heatmaps", "--model", model, "--image-file", missing, "--target", "logit:0",
                "--out", dir.resolve("out"));
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains(missing + ": ").contains("not found").doesNotContain("Can't read input file");
    }

    @Test
    void writesOneHeatmapPerXFeatureOfAWorkspaceModuleAndCachesThem() throws Exception {
        Path data = CubFixture.at(dir.resolve("data")).write().root();
        Path model = dir.resolve("cnn.zip");
        assertThat(CommandRun.of("cnn", "train", "--data", data, "--out", model, "--size", 16, "--epochs", 1,
                "--batch", 2).exitCode()).isZero();
        Path ws = dir.resolve("ws");
        assertThat(CommandRun.of("workspace", "create", ws, "--data", data, "--model", model).exitCode()).isZero();
        Workspace workspace = Workspace.open(ws);
        saveRandomModule(workspace, 1);

        CommandRun run = CommandRun.of("heatmaps", "--workspace", ws, "--image", 1, "--target", "xfeatures:1",
                "--out", dir.resolve("out"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("x-feature 0").contains("x-feature 3").contains("v·E");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.filter(p -> p.toString().endsWith(".npy")).count()).isEqualTo(4);
        }
        try (var cached = Files.walk(workspace.heatmapCacheDir())) {
            assertThat(cached.filter(p -> p.toString().endsWith(".npy")).count()).isEqualTo(4);
        }
        // A second run must read the cache: plant a recognisable heatmap there and expect it back.
        Path cachedOne;
        try (var cached = Files.walk(workspace.heatmapCacheDir())) {
            cachedOne = cached.filter(p -> p.getFileName().toString().equals("xfeature-2.npy")).findFirst().orElseThrow();
        }
        Heatmap original = Heatmap.readNpy(cachedOne);
        Heatmap written = Heatmap.readNpy(dir.resolve("out").resolve("image-1_xfeature-2.npy"));
        // the cache keeps the layer's map, a fraction of the image's size
        assertThat(original.width()).isLessThan(written.width());
        float[] planted = new float[original.width() * original.height()];
        planted[planted.length - 1] = 1;
        new Heatmap(planted, original.width(), original.height()).writeNpy(cachedOne);
        float[] first = Heatmap.fromLayerMap(planted, original.height(), original.width(), written.width(),
                written.height()).values();
        CommandRun again = CommandRun.of("heatmaps", "--workspace", ws, "--image", 1, "--target", "xfeatures:1",
                "--out", dir.resolve("again"));
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(Heatmap.readNpy(dir.resolve("again").resolve("image-1_xfeature-2.npy")).values())
                .containsExactly(first);
        cacheCommandsShowTrimAndClearTheCache(ws);
        allImagesOfAModuleGoToTheCache(ws, workspace);
    }

    private static void allImagesOfAModuleGoToTheCache(Path ws, Workspace workspace) throws Exception {
        int images = workspace.dataset(xspace.data.ValidationMode.LENIENT).images().size();
        CommandRun all = CommandRun.of("heatmaps", "--workspace", ws, "--class", 1, "--all", "--batch", 3);
        assertThat(all.exitCode()).as(all.err()).isZero();
        assertThat(all.out()).contains("of " + images + " images computed, 0 were cached");
        try (var cached = Files.walk(workspace.heatmapCacheDir())) {
            assertThat(cached.filter(p -> p.toString().endsWith(".npy")).count()).isEqualTo(4L * images);
        }
        assertThat(CommandRun.of("heatmaps", "--workspace", ws, "--class", 1, "--all").out())
                .contains("of 0 images computed, " + images + " were cached");
    }

    private static void cacheCommandsShowTrimAndClearTheCache(Path ws) throws Exception {
        assertThat(CommandRun.of("cache", "info", "--workspace", ws, "--cache-limit", "1G").out())
                .contains("4 files").contains("limit 1.0 GB");
        assertThat(CommandRun.of("cache", "trim", "--workspace", ws, "--cache-limit", "0").out())
                .contains(": 4 files").contains("no limit");
        CommandRun trimmed = CommandRun.of("cache", "trim", "--workspace", ws, "--cache-limit", "1");
        assertThat(trimmed.exitCode()).as(trimmed.err()).isZero();
        assertThat(trimmed.out()).contains(": 0 files, 0 B, was 4 files");
        CommandRun.of("heatmaps", "--workspace", ws, "--image", 1, "--target", "xfeatures:1", "--out",
                ws.resolve("exports").resolve("x"));
        assertThat(CommandRun.of("cache", "clear", "--workspace", ws).out()).contains("deleted 4 files");
        assertThat(CommandRun.of("cache", "info", "--workspace", ws).out()).contains("0 files").contains("limit 256.0 MB");
        assertThat(CommandRun.of("cache", "trim", "--workspace", ws, "--cache-limit", "lots").err())
                .contains("'lots' is not a size");
    }

    private static void saveRandomModule(Workspace workspace, int classIndex) throws Exception {
        ExplainedCnn cnn = workspace.cnn();
        ModuleShape shape = ModuleShape.forZ(cnn.zSize(), 4);
        ModuleInfo info = new ModuleInfo(ModuleInfo.idOf(ExplanationMethod.SRAE, classIndex), ExplanationMethod.SRAE,
                classIndex, cnn.info().classNames().get(classIndex), shape, Hyperparameters.defaults(), false, List.of(),
                List.of(), new int[0], new int[0], cnn.info().zLayer(), cnn.info().fingerprint(), Map.of(),
                Instant.now().toString());
        ModuleParameters parameters = ModuleParameters.initial(shape, true, 3, DataType.FLOAT);
        Path zip = workspace.modulesDir().resolve("srae").resolve(String.format("class-%03d.zip", classIndex));
        Files.createDirectories(zip.getParent());
        ModuleStore.save(new ExplanationModule(info, parameters), zip);
    }
}
