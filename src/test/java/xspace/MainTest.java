package xspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How {@code java -jar xspace.jar ...} decides between the application and a command. */
class MainTest {

    @TempDir
    Path dir;

    @Test
    void aFolderOrNoArgumentOpensTheApplicationAndACommandRunsHeadless() {
        assertThat(Main.opensTheApplication(new String[0])).isTrue();
        assertThat(Main.opensTheApplication(new String[] {dir.toString()})).isTrue();
        assertThat(Main.opensTheApplication(new String[] {"--workspace=" + dir})).isTrue();
        assertThat(Main.opensTheApplication(new String[] {"synth"})).isFalse();
        assertThat(Main.opensTheApplication(new String[] {"--help"})).isFalse();
        assertThat(Main.opensTheApplication(new String[] {"features", "--workspace", dir.toString()})).isFalse();
        assertThat(Main.opensTheApplication(new String[] {dir.resolve("absent").toString()})).isFalse();
        assertThat(Main.opensTheApplication(new String[] {"--annotator=Ann", dir.toString()})).isTrue();
        assertThat(Main.opensTheApplication(new String[] {"--annotator=Ann"})).isTrue();
        assertThat(Main.opensTheApplication(new String[] {dir.toString(), "--workspace=" + dir})).as("two workspaces")
                .isFalse();
    }
}
