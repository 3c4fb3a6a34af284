package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import xspace.data.CubFixture;
import xspace.data.CubParts;

/** {@code xspace dataset info}: its text and JSON reports and its exit codes. */
class DatasetInfoCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void printsTheDatasetAsJson() {
        CubFixture fixture = CubFixture.at(dir).write();

        assertThat(run("dataset", "info", dir.toString(), "--json")).isZero();

        JsonObject json = new JsonParser().parse(out.toString()).getAsJsonObject();
        assertThat(json.get("images").getAsInt()).isEqualTo(6);
        assertThat(json.get("classes").getAsInt()).isEqualTo(3);
        assertThat(json.get("train").getAsInt()).isEqualTo(3);
        assertThat(json.get("test").getAsInt()).isEqualTo(3);
        JsonArray parts = json.getAsJsonArray("parts");
        assertThat(parts.size()).isEqualTo(CubParts.COUNT);
        for (int partId = 1; partId <= CubParts.COUNT; partId++) {
            JsonObject part = parts.get(partId - 1).getAsJsonObject();
            assertThat(part.get("id").getAsInt()).isEqualTo(partId);
            assertThat(part.get("name").getAsString()).isEqualTo(CubParts.NAMES.get(partId - 1));
            assertThat(part.get("visible").getAsInt()).isEqualTo(fixture.visibleCount(partId));
        }
        assertThat(json.getAsJsonArray("missingImages").size()).isZero();
        assertThat(json.getAsJsonArray("problems").size()).isZero();
        assertThat(json.getAsJsonArray("attributes").size()).isEqualTo(CubFixture.ATTRIBUTES.size());
        assertThat(json.getAsJsonObject("discriminativeParts").getAsJsonArray("2").toString()).isEqualTo("[2,6,14]");
    }

    @Test
    void jsonListsMissingImagesAndProblems() throws Exception {
        CubFixture fixture = CubFixture.at(dir).withoutAttributes().withoutClicks().write();
        Files.delete(fixture.imageFile(5));
        fixture.replaceLine("bounding_boxes.txt", 2, "2 1 2");

        assertThat(run("dataset", "info", dir.toString(), "--json")).isZero();

        JsonObject json = new JsonParser().parse(out.toString()).getAsJsonObject();
        assertThat(json.get("images").getAsInt()).isEqualTo(5);
        assertThat(strings(json.getAsJsonArray("missingImages"))).containsExactly(fixture.relativePath(5));
        assertThat(json.get("attributes").isJsonNull()).isTrue();
        assertThat(json.get("clickLocations").isJsonNull()).isTrue();
        JsonArray problems = json.getAsJsonArray("problems");
        assertThat(problems.size()).isEqualTo(2);
        JsonObject first = problems.get(0).getAsJsonObject();
        assertThat(first.get("file").getAsString()).isEqualTo("bounding_boxes.txt");
        assertThat(first.get("line").getAsInt()).isEqualTo(2);
        assertThat(first.get("message").getAsString())
                .isEqualTo("expected 5 fields \"<image_id> <x> <y> <width> <height>\", found 3 (box ignored)");
        assertThat(problems.get(1).getAsJsonObject().get("file").getAsString()).isEqualTo("images.txt");
    }

    @Test
    void printsASummaryForPeople() {
        CubFixture.at(dir).write();

        assertThat(run("dataset", "info", dir.toString())).isZero();

        assertThat(out.toString())
                .contains("Images                6 (train 3, test 3)")
                .contains("Classes               3")
                .contains("Parts                 15")
                .contains("Missing on disk       0")
                .contains("Unlisted folders      0")
                .contains("Attributes            4 attributes")
                .contains("Discriminative parts  given for 3 classes")
                .containsPattern("\\n\\s+2 beak\\s+\\d+\\n")
                .contains("No problems found.");
    }

    /** A species folder copied into images/ without its lines is no problem, but no command reads it. */
    @Test
    void namesTheFoldersImagesTxtNeverNames() throws Exception {
        CubFixture fixture = CubFixture.at(dir).write();
        Path stray = Files.createDirectories(dir.resolve("images").resolve("201.New_Bird"));
        Files.copy(fixture.imageFile(1), stray.resolve("a.jpg"));
        Files.copy(fixture.imageFile(1), stray.resolve("b.jpg"));
        assertThat(run("dataset", "info", dir.toString(), "--strict")).as("no problem of the dataset").isZero();
        assertThat(out.toString()).contains("images/201.New_Bird/ (2 files)");

        Files.delete(fixture.imageFile(5)); // a listed folder whose images are all missing stays listed
        Files.delete(fixture.imageFile(6));
        assertThat(run("dataset", "info", dir.toString())).isZero();
        assertThat(out.toString()).contains("Unlisted folders      1",
                "Folders in images/ that images.txt never names (no command reads them): 1",
                "  images/201.New_Bird/ (2 files)", "add their species to classes.txt and their images to images.txt");
        assertThat(run("dataset", "info", dir.toString(), "--json")).isZero();
        JsonObject json = new JsonParser().parse(out.toString()).getAsJsonObject();
        assertThat(json.getAsJsonObject("unlistedFolders").toString()).isEqualTo("{\"images/201.New_Bird\":2}");
    }

    @Test
    void listsTheFirstProblemsAndCountsTheRest() {
        CubFixture fixture = CubFixture.at(dir).write();
        for (int line = 1; line <= 4; line++) {
            fixture.replaceLine("train_test_split.txt", line, line + " 7");
        }

        assertThat(run("dataset", "info", dir.toString(), "--max-problems", "3")).isZero();

        assertThat(out.toString())
                .contains("Problems: 4")
                .contains("  train_test_split.txt:3: field 2 <is_training_image> must be 0 or 1, found 7"
                        + " (image skipped)")
                .doesNotContain("train_test_split.txt:4:")
                .contains("  ... and 1 more");
    }

    @Test
    void strictExitsWithOneWhenTheDatasetHasProblems() {
        CubFixture fixture = CubFixture.at(dir).write();
        assertThat(run("dataset", "info", dir.toString(), "--strict")).isZero();

        fixture.replaceLine("image_class_labels.txt", 1, "1 8");

        assertThat(run("dataset", "info", dir.toString(), "--strict")).isEqualTo(1);
        assertThat(out.toString()).contains("Strict validation failed: the dataset has 1 problem.");
        assertThat(run("dataset", "info", dir.toString())).as("lenient by default").isZero();
    }

    /** The header of a JPEG cut in half reads fine: only decoding finds that the pixels are gone. */
    @Test
    void strictDecodesEveryImageAndNamesATruncatedOne() throws Exception {
        CubFixture fixture = CubFixture.at(dir).write();
        byte[] jpeg = Files.readAllBytes(fixture.imageFile(3));
        Files.write(fixture.imageFile(3), java.util.Arrays.copyOf(jpeg, jpeg.length - 40));

        assertThat(run("dataset", "info", dir.toString())).as("a header check does not see it").isZero();
        assertThat(out.toString()).contains("No problems found.");
        assertThat(run("dataset", "info", dir.toString(), "--strict")).isEqualTo(1);
        assertThat(out.toString())
                .contains("  images/" + fixture.relativePath(3) + ": the image data is truncated")
                .contains("Strict validation failed: the dataset has 1 problem.");
    }

    @Test
    void aMissingFolderOrRequiredFileIsOneClearLine() throws Exception {
        assertThat(run("dataset", "info", dir.resolve("absent").toString())).isNotZero();
        assertThat(err.toString().strip()).isEqualTo("error: dataset folder not found: " + dir.resolve("absent"));

        CubFixture.at(dir).write();
        Files.delete(dir.resolve("parts/part_locs.txt"));
        err.getBuffer().setLength(0);

        assertThat(run("dataset", "info", dir.toString(), "--json")).isNotZero();
        assertThat(err.toString().strip())
                .isEqualTo("error: parts/part_locs.txt: required file is missing in " + dir);
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        CommandLine cli = XSpaceCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        for (JsonElement element : array) {
            values.add(element.getAsString());
        }
        return values;
    }
}
