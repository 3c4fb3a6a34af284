package xspace.workspace;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A path given as a workspace that is none: the error says what it is instead, and the fix where there is one. */
class WorkspaceOpenPathTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFolderIsSaidToBeMissing() {
        Path gone = dir.resolve("gone");
        assertThatThrownBy(() -> Workspace.open(gone)).hasMessage(gone + ": no such folder");
    }

    @Test
    void theDescriptorFileGivenInsteadOfItsFolderNamesTheFolder() throws Exception {
        Path file = Files.writeString(dir.resolve("workspace.json"), "{}");
        assertThatThrownBy(() -> Workspace.open(file))
                .hasMessage(file + ": a workspace is the folder that holds workspace.json; give " + dir);
    }
}
