package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Option values out of range are refused while the command line is parsed, naming the option and
 * what it expects, with exit code 2 and before anything is read or written; before, they reached
 * ND4J or Java ("/ by zero", an empty array, bad_alloc) or trained and saved nothing useful.
 */
class OptionRangesTest {

    @TempDir
    Path dir;

    @Test
    void cnnTrainRefusesCountsRatesAndSidesOutOfRange() {
        Path out = dir.resolve("cnn.zip");
        List<List<String>> cases = List.of(
                List.of("--batch", "0", "expected a positive whole number, found 0"),
                List.of("--epochs", "0", "expected a positive whole number, found 0"),
                List.of("--epochs", "-1", "expected a positive whole number, found -1"),
                List.of("--patience", "-2", "expected a positive whole number, found -2"),
                List.of("--lr", "-1", "expected a number above 0, found -1"),
                List.of("--size", "100000", "expected a side between 16 and 512 pixels, found 100000"));
        for (List<String> c : cases) {
            assertRefused(c.get(0), c.get(2), "cnn", "train", "--data", dir.resolve("absent"), "--out", out,
                    c.get(0), c.get(1));
        }
        assertThat(out).doesNotExist();
    }

    @Test
    void explainTrainRefusesSettingsOutOfRange() {
        List<List<String>> cases = List.of(
                List.of("--n", "0", "expected a positive whole number"),
                List.of("--n", "-3", "expected a positive whole number"),
                List.of("--folds", "0", "expected at least 2, found 0"),
                List.of("--folds", "1", "expected at least 2, found 1"),
                List.of("--epochs", "0", "expected a positive whole number"),
                List.of("--epochs", "-1", "expected a positive whole number"),
                List.of("--hidden", "0,3", "expected a positive whole number, found 0"),
                List.of("--dropout", "1.5", "expected a rate from 0 up to (not including) 1, found 1.5"),
                List.of("--pull-away", "-5", "expected a number of 0 or more, found -5"),
                List.of("--pretrain-epochs", "-1", "expected 0 or more, found -1"));
        for (List<String> c : cases) {
            assertRefused(c.get(0), c.get(2), "explain", "train", "--workspace", dir, "--class", 0, "--cv",
                    c.get(0), c.get(1));
        }
        assertRefused("--random-classes", "expected a positive whole number, found -2", "explain", "train",
                "--workspace", dir, "--random-classes", -2);
        assertRefused("--random-classes", "expected a positive whole number, found 0", "explain", "train",
                "--workspace", dir, "--random-classes", 0);
        assertRefused("--classes", "expected 0 or more, found -1", "explain", "train", "--workspace", dir,
                "--classes", "1,-1");
    }

    @Test
    void evaluateDatasetInfoAndCarryNamesRefuseValuesOutOfRange() throws Exception {
        Path out = dir.resolve("eval");
        assertRefused("--z-units", "expected a positive whole number, found -1", "evaluate", "--workspace", dir,
                "--class", 0, "--out", out, "--z-units", -1);
        assertRefused("--random-classes", "expected a positive whole number, found 0", "evaluate", "--workspace",
                dir, "--random-classes", 0, "--out", out);
        assertThat(out).doesNotExist();
        assertRefused("--max-problems", "expected 0 or more, found -1", "dataset", "info", dir, "--max-problems",
                -1);
        assertRefused("--min-correlation", "expected a correlation between -1 and 1, found 5", "explain",
                "carry-names", "--workspace", dir, "--class", 0, "--from", "v1", "--min-correlation", 5);
        assertRefused("--min-margin", "expected a number of 0 or more, found -1", "explain", "carry-names",
                "--workspace", dir, "--class", 0, "--from", "v1", "--min-margin", -1);
        assertThat(Files.list(dir)).isEmpty();
    }

    @Test
    void hiddenWidthsComeInTwos() {
        CommandRun run = CommandRun.of("explain", "train", "--workspace", dir.resolve("absent"), "--class", 0,
                "--hidden", "40");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("error: --hidden: expected two widths such as 800,100, found 1");
    }

    private static void assertRefused(String option, String expected, Object... args) {
        CommandRun run = CommandRun.of(args);
        String what = String.join(" ", java.util.Arrays.stream(args).map(String::valueOf).toList());
        assertThat(run.exitCode()).as(what).isEqualTo(2);
        assertThat(run.err()).as(what).contains("Invalid value for option '" + option + "'").contains(expected)
                .doesNotContain("Exception").doesNotContain("error:");
    }
}
