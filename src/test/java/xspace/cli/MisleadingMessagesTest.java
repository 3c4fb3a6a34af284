package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.CubFixture;

/** Errors name what the user gave (the zip, the file) and what is wrong with it, not a file they never named. */
class MisleadingMessagesTest {

    @TempDir
    Path dir;

    @Test
    void aMissingModelZipOrAFolderGivenAsOneIsNamed() throws Exception {
        Path zip = dir.resolve("nonexist.zip");
        CommandRun missing = CommandRun.of("cnn", "eval", "--model", zip, "--data", dir);
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("error: " + zip + ": no such model zip").doesNotContain(".json");

        Path folder = Files.createDirectory(dir.resolve("birds"));
        CommandRun aFolder = CommandRun.of("cnn", "eval", "--model", folder, "--data", dir);
        assertThat(aFolder.exitCode()).isEqualTo(2);
        assertThat(aFolder.err()).contains("error: " + folder + ": is a folder, not a model zip");
    }

    @Test
    void aMistypedModelIsSaidBeforeTheDatasetIsRead() throws Exception {
        CubFixture fixture = CubFixture.at(dir.resolve("data")).write();
        fixture.replaceLine("image_class_labels.txt", 2, "2 x");
        Path zip = dir.resolve("cnn.zip");
        CommandRun run = CommandRun.of("workspace", "create", dir.resolve("ws"), "--data", fixture.root(), "--model", zip);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: " + zip + ": no such model zip")
                .as("the dataset was not read: its problem is not reported").doesNotContain("warning");
    }

    @Test
    void aFileGivenAsTheDatasetFolderIsCalledAFile() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "notes");
        CommandRun run = CommandRun.of("dataset", "info", notes);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(notes + " is a file, not a dataset folder");
    }

    @Test
    void aFileThatIsNotHdf5IsRefusedBeforeTheHdf5LibrarySeesIt() throws Exception {
        Path notes = Files.writeString(dir.resolve("model.h5"), "not a model\n".repeat(100));
        CommandRun run = CommandRun.of("cnn", "import", notes, "--out", dir.resolve("cnn.zip"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).endsWith("error: " + notes + ": not an HDF5 file (no HDF5 signature); expected"
                + " a Keras model saved with model.save() to .h5");
    }
}
