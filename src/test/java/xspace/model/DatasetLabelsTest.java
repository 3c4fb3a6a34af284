package xspace.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.CubDataset;
import xspace.data.CubFixture;
import xspace.data.CubReader;
import xspace.data.ValidationMode;

class DatasetLabelsTest {

    @TempDir
    Path dir;

    @Test
    void aClassWithoutAnOutputIsNamedShortened() {
        CubFixture fixture = CubFixture.at(dir).withoutAttributes().withoutClicks().write();
        String huge = "y".repeat(2_000_000);
        fixture.replaceLine("classes.txt", 1, "1 " + huge);
        CubDataset dataset = CubReader.read(dir, ValidationMode.LENIENT);

        assertThatThrownBy(() -> new DatasetLabels(dataset, List.of("001.Red_Tanager", "002.Blue_Jay", "003.Green_Jay")))
                .isInstanceOf(ModelException.class)
                .hasMessage("the network has no output for 1 dataset classes, e.g. [" + "y".repeat(80)
                        + "… (2,000,000 characters)]; its classes are [001.Red_Tanager, 002.Blue_Jay, 003.Green_Jay]");
    }
}
