package xspace.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.CubDataset;
import xspace.data.CubFixture;
import xspace.data.CubReader;
import xspace.data.ValidationMode;
import xspace.model.CnnSpec;
import xspace.model.CnnStore;
import xspace.model.DatasetTraining;

/** A workspace is created from the dataset as its caller read it, which reads it once, not twice. */
class WorkspaceCreateTest {

    @TempDir
    Path dir;

    @Test
    void aDatasetAlreadyReadIsNotReadAgain() throws Exception {
        Path data = CubFixture.at(dir.resolve("data")).write().root();
        CubDataset dataset = CubReader.read(data, ValidationMode.LENIENT);
        Path model = dir.resolve("cnn.zip");
        CnnStore.save(DatasetTraining.untrained(dataset, CnnSpec.demo(16, CubFixture.CLASSES), 1, "test"), model);
        // a second reading would now fail: the labels are gone
        Files.delete(data.resolve("image_class_labels.txt"));

        Workspace workspace = Workspace.create(dir.resolve("ws"), dataset, model, null, false);

        assertThat(workspace.datasetPath()).isEqualTo(data.toAbsolutePath().normalize());
        assertThat(Workspace.isWorkspace(dir.resolve("ws"))).isTrue();
    }
}
