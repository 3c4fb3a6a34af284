package xspace.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder an interrupted creation of an earlier release may have left (no mark, no workspace.json)
 * is described, so its user knows what to do; it is taken only when it holds no file at all.
 */
class NewWorkspaceFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFolderHoldingWhatAnEarlierCreationWritesIsDescribedAndLeftAsItWas() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("ws/models"));
        Files.writeString(folder.resolve("cnn.zip"), "half a network");
        Files.createDirectories(dir.resolve("ws/cache"));

        String problem = NewWorkspaceFolder.problem(dir.resolve("ws"), null).orElseThrow();

        assertThat(problem).startsWith(dir.resolve("ws") + " is not empty: choose an empty or new folder, or,")
                .contains("a creation of an earlier XSpace", "(cache/, models/, models/cnn.zip)",
                        "remove it if that creation was interrupted and create the workspace again",
                        "nothing in it was changed");
        assertThat(Files.readString(folder.resolve("cnn.zip"))).isEqualTo("half a network");
    }

    @Test
    void aFolderWithAnyOtherFileIsOnlyNotEmpty() throws Exception {
        Files.createDirectories(dir.resolve("ws/models"));
        Files.writeString(dir.resolve("ws/models/cnn.zip"), "my own network");
        Files.writeString(dir.resolve("ws/notes.txt"), "mine");
        assertThat(NewWorkspaceFolder.problem(dir.resolve("ws"), null)).contains(dir.resolve("ws")
                + " is not empty: choose an empty or new folder (nothing in it was changed)");
    }

    @Test
    void aFolderOfOnlyTheEmptyFoldersAnEarlierCreationWritesFirstIsTaken() throws Exception {
        for (String name : new String[] {"models", "cache", "exports"}) {
            Files.createDirectories(dir.resolve("ws").resolve(name));
        }
        assertThat(NewWorkspaceFolder.problem(dir.resolve("ws"), null)).isEmpty();
        NewWorkspaceFolder.claim(dir.resolve("ws"), null);
        assertThat(dir.resolve("ws").resolve(NewWorkspaceFolder.MARKER)).exists();
    }

    @Test
    void aLinkNamedLikeACreationsFolderIsNeverTaken() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("my-networks"));
        Files.writeString(mine.resolve("cnn.zip"), "my own network");
        Files.createDirectories(dir.resolve("ws"));
        Files.createSymbolicLink(dir.resolve("ws/models"), mine);

        assertThat(NewWorkspaceFolder.problem(dir.resolve("ws"), null)).contains(dir.resolve("ws")
                + " is not empty: choose an empty or new folder (nothing in it was changed)");
        assertThat(Files.readString(mine.resolve("cnn.zip"))).isEqualTo("my own network");
    }
}
