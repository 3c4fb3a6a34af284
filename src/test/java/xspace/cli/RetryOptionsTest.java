package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.awt.image.BufferedImage;
import xspace.attribution.ExcitationBackprop;
import xspace.attribution.Heatmap;
import xspace.attribution.Target;
import xspace.data.BirdImage;
import xspace.data.CubDataset;
import xspace.data.ValidationMode;
import xspace.explain.ClassSample;
import xspace.explain.ClassSampler;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleStore;
import xspace.explain.TrainingAttempt;
import xspace.metrics.Locality;
import xspace.metrics.VoronoiParts;
import xspace.workspace.TrainingLocality;
import xspace.workspace.Workspace;

/**
 * {@code explain train --attempts N --retry-beta F --candidates K} on a tiny workspace: the attempts
 * follow the rule, candidates are judged by the locality of their maps, bad values are refused.
 */
class RetryOptionsTest {

    @TempDir
    Path dir;

    @Test
    void retriesWithNewSeedsOnlyKeepBeta() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        CommandRun run = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "1", "--method", "srae",
                "--n", 4, "--epochs", 2, "--attempts", 3, "--retry-beta", 1, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String module = JsonParser.parseString(run.out()).getAsJsonArray().get(0).getAsJsonObject().get("module")
                .getAsString();
        List<TrainingAttempt> attempts = ModuleStore.load(Path.of(module), Workspace.open(ws).cnn().info()).info()
                .attempts();
        assertThat(attempts).hasSizeBetween(1, 3);
        assertThat(attempts).allSatisfy(a -> assertThat(a.beta()).isEqualTo(attempts.get(0).beta()));
        assertThat(attempts.stream().map(TrainingAttempt::seed).distinct()).hasSize(attempts.size());
    }

    @Test
    void theJudgeOfCandidatesMeasuresTheMapsOnTheClassTrainingImages() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        CommandRun run = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "1", "--method", "srae",
                "--n", 3, "--epochs", 2, "--attempts", 1, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String file = JsonParser.parseString(run.out()).getAsJsonArray().get(0).getAsJsonObject().get("module")
                .getAsString();
        Workspace workspace = Workspace.open(ws);
        ExplanationModule module = ModuleStore.load(Path.of(file), workspace.cnn().info());
        ClassSample train = new ClassSampler(workspace.featuresDir()).sample(1, module.info().sampling()).train();
        assertThat(train.imageIds()).containsExactly(module.info().trainImageIds());

        double judged = TrainingLocality.of(workspace.cnn(), workspace.dataset(ValidationMode.LENIENT), train,
                p -> module).locality(module.parameters());
        assertThat(judged).isBetween(0.0, Math.log(VoronoiParts.REGIONS))
                .isCloseTo(locality(workspace, module), org.assertj.core.api.Assertions.offset(1e-6));
    }

    /** Locality (Locality.java) of the module's c-MWP maps over its class's training images, drawn here. */
    private static double locality(Workspace workspace, ExplanationModule module) throws Exception {
        CubDataset dataset = workspace.dataset(ValidationMode.LENIENT);
        ExcitationBackprop backprop = new ExcitationBackprop(workspace.cnn(), module, null);
        int n = module.info().n();
        Locality[] locality = new Locality[n];
        java.util.Arrays.setAll(locality, i -> new Locality());
        for (int id : module.info().trainImageIds()) {
            BirdImage bird = dataset.image(id);
            if (!dataset.classOf(bird).name().equals(module.info().className())) {
                continue;
            }
            BufferedImage image = dataset.loadImage(bird);
            List<Target> targets = java.util.stream.IntStream.range(0, n).mapToObj(Target::xFeature).toList();
            List<Heatmap> maps = backprop.contrastiveMwp(workspace.cnn().preprocessor().batch(List.of(image)), targets)
                    .toHeatmaps(image.getWidth(), image.getHeight());
            VoronoiParts parts = VoronoiParts.of(image.getWidth(), image.getHeight(), bird.box(), bird.parts());
            for (int f = 0; f < n; f++) {
                locality[f].add(parts, maps.get(f).values());
            }
        }
        return Locality.mean(locality);
    }

    @Test
    void attemptsBelowOneAndNonPositiveFactorsAreRefusedBeforeAnyTraining() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        Path modules = Workspace.open(ws).modulesDir();
        CommandRun none = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "0", "--attempts", 0);
        assertThat(none.exitCode()).isNotZero();
        assertThat(none.err()).contains("--attempts 0").contains("attempts must be at least 1, not 0");
        for (String factor : List.of("0", "-1.2", "NaN", "Infinity")) {
            CommandRun bad = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "0", "--retry-beta",
                    factor);
            assertThat(bad.exitCode()).as(factor).isNotZero();
            assertThat(bad.err()).as(factor).contains("--retry-beta").contains("must be a positive number");
        }
        CommandRun tooMany = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "0", "--attempts", 2,
                "--candidates", 3);
        assertThat(tooMany.exitCode()).isNotZero();
        assertThat(tooMany.err()).contains("--candidates 3").contains("between 1 and the 2 attempts");
        assertThat(Files.exists(modules) && anyEntry(modules)).as("no module written").isFalse();
    }

    private static boolean anyEntry(Path folder) throws java.io.IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }
}
