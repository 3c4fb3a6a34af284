package xspace.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.CubFixture;
import xspace.engine.TaskMonitor;
import xspace.model.FeatureIndex;

class WorkspaceCreationTest {

    @TempDir
    Path dir;

    private static Path keras() {
        return Path.of("src/test/resources/keras/tiny_vgg_sequential.h5");
    }

    @Test
    void fromAKerasModelTheNetworkIsImportedAndTheFeaturesExtracted() throws Exception {
        Path data = CubFixture.at(dir.resolve("data")).write().root();
        Workspace ws = WorkspaceCreation.create(new WorkspaceCreation.Request(dir.resolve("ws"), data,
                WorkspaceCreation.NetworkSource.KERAS_H5, keras(), null, 0, null), TaskMonitor.NONE);
        assertThat(ws.cnnInfo().classCount()).isEqualTo(CubFixture.CLASSES);
        assertThat(FeatureIndex.read(ws.featuresDir())).hasSize(CubFixture.CLASSES * CubFixture.IMAGES_PER_CLASS);
        assertThat(ws.featuresDir().resolve("z.npy")).exists();
        try (var files = Files.list(ws.root())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("network-to-copy"));
        }

        Path again = dir.resolve("ws2");
        Workspace copy = WorkspaceCreation.create(new WorkspaceCreation.Request(again, data,
                WorkspaceCreation.NetworkSource.MODEL_ZIP, ws.root().resolve("models/cnn.zip"), null, 0, null),
                TaskMonitor.NONE);
        assertThat(copy.cnnInfo().fingerprint()).isEqualTo(ws.cnnInfo().fingerprint());
        assertThatThrownBy(() -> WorkspaceCreation.create(new WorkspaceCreation.Request(again, data,
                WorkspaceCreation.NetworkSource.MODEL_ZIP, ws.root().resolve("models/cnn.zip"), null, 0, null),
                TaskMonitor.NONE)).isInstanceOf(WorkspaceException.class).hasMessageContaining("already a workspace");
    }

    @Test
    void aNetworkCanBeTrainedForTheNewWorkspace() throws Exception {
        Path data = CubFixture.at(dir.resolve("data")).write().root();
        Workspace ws = WorkspaceCreation.create(new WorkspaceCreation.Request(dir.resolve("ws"), data,
                WorkspaceCreation.NetworkSource.TRAIN, null, null, 1, null), TaskMonitor.NONE);
        assertThat(ws.cnnInfo().classCount()).isEqualTo(CubFixture.CLASSES);
        assertThat(ws.cnnInfo().inputSize()).isEqualTo(64);
        assertThat(ws.featuresDir().resolve("logits.npy")).exists();
    }
}
