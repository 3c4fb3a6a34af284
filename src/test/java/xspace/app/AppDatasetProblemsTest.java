package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import xspace.data.CubFixture;
import xspace.engine.FileTrees;

/**
 * A workspace whose dataset has a bad line opens with what its reading left out said in the
 * status bar, rather than showing fewer images without a word.
 */
class AppDatasetProblemsTest extends AppTestBase {

    private Path data;

    @Override
    protected void prepare(Path copy) throws Exception {
        Path descriptor = copy.resolve("workspace.json");
        JsonObject json = JsonParser.parseString(Files.readString(descriptor)).getAsJsonObject();
        Path shared = copy.resolve(json.get("dataset").getAsString()).normalize();
        data = copy.resolveSibling("damaged-data");
        FileTrees.copy(shared, data);
        Path labels = data.resolve("image_class_labels.txt");
        List<String> lines = Files.readAllLines(labels, StandardCharsets.UTF_8);
        lines.set(1, "2 x");
        Files.write(labels, lines, StandardCharsets.UTF_8);
        json.addProperty("dataset", data.toString());
        Files.writeString(descriptor, json.toString());
    }

    @Test
    void theStatusBarSaysWhatTheDatasetsProblemsLeftOut(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        Label message = robot.lookup("#status-message").queryAs(Label.class);
        AppDriver.await(() -> message.getText().startsWith("Opened "));
        assertThat(message.getText()).contains("1 problem in the dataset left images out (`xspace dataset info "
                + data + "` lists them)");
        assertThat(message.getTooltip().getText()).isEqualTo(message.getText());
    }
}
