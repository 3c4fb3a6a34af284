package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command-line parser says, in the words every command uses rather than picocli's own. */
class ParserWordsTest {

    @TempDir
    Path dir;

    @Test
    void theVersionIsThePomsAsInTheJarManifest() throws Exception {
        Matcher m = Pattern.compile("<artifactId>xspace</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).isTrue();
        assertThat(CommandRun.of("--version").out().strip()).isEqualTo("xspace " + m.group(1));
    }

    @Test
    void enumValuesAreTypedInLowerCaseLikeEveryOtherValue() {
        CommandRun run = CommandRun.of("cnn", "train", "--data", dir.resolve("none"), "--out", dir.resolve("c.zip"),
                "--optimizer", "adam");
        assertThat(run.err()).doesNotContain("expected one of").contains("dataset folder not found");
        assertThat(CommandRun.of("cnn", "train", "--help").out()).contains("adam or sgd").doesNotContain("ADAM");
    }

    @Test
    void aOneOfOptionGivenTwiceIsSaidPlainly() {
        CommandRun run = CommandRun.of("explain", "train", "--workspace", dir, "--class", 0, "--class", 1);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("error: --class is given more than once (--class 0 and --class 1); give it once")
                .doesNotContain("expected only one match");
    }
}
