package xspace.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved file ends in its format's extension once, and never lands on a file the dialog did not ask about. */
class ChosenFileNameTest {

    @TempDir
    Path dir;

    @Test
    void aDoubledExtensionIsTakenOnce() {
        assertThat(ChosenFileName.withExtension(dir.resolve("heron.png.png"), ".png")).isEqualTo(dir.resolve("heron.png"));
        assertThat(ChosenFileName.withExtension(dir.resolve("heron.PNG.png"), ".png")).isEqualTo(dir.resolve("heron.PNG"));
    }

    @Test
    void aMissingExtensionIsAdded() {
        assertThat(ChosenFileName.withExtension(dir.resolve("votes"), ".zip")).isEqualTo(dir.resolve("votes.zip"));
        assertThat(ChosenFileName.withExtension(dir.resolve("votes.tar"), ".zip")).isEqualTo(dir.resolve("votes.tar.zip"));
    }

    @Test
    void aNameWithItsExtensionStaysAsChosen() {
        assertThat(ChosenFileName.withExtension(dir.resolve("Heron.PNG"), ".png")).isEqualTo(dir.resolve("Heron.PNG"));
        assertThat(ChosenFileName.withExtension(dir.resolve("a.png"), ".png")).isEqualTo(dir.resolve("a.png"));
    }

    @Test
    void aTakenAdjustedNameKeepsTheDialogsChoice() throws Exception {
        Files.writeString(dir.resolve("votes.zip"), "a colleague's bundle");
        assertThat(ChosenFileName.withExtension(dir.resolve("votes"), ".zip")).isEqualTo(dir.resolve("votes"));
        Files.writeString(dir.resolve("view.png"), "x");
        assertThat(ChosenFileName.withExtension(dir.resolve("view.png.png"), ".png"))
                .isEqualTo(dir.resolve("view.png.png"));
    }
}
