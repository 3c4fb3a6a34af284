package xspace.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.engine.TaskMonitor;

/** The contact sheet lays out one row per class, and part markers change the picture. */
class SynthContactSheetTest {

    @Test
    void aSheetHasOneRowPerClassAndOneCellPerImage(@TempDir Path root) throws IOException {
        SyntheticBirds.generate(root, SynthOptions.defaults().withSpecies(3).withPerSpecies(2).withSize(32),
                TaskMonitor.NONE);
        BufferedImage plain = ContactSheet.draw(root, new ContactSheet.Layout(4, 5, 40, false));
        BufferedImage marked = ContactSheet.draw(root, new ContactSheet.Layout(4, 5, 40, true));
        assertThat(plain.getHeight()).isEqualTo(3 * 44 + 4);
        assertThat(plain.getWidth()).isEqualTo(190 + 4 * 44 + 4);
        assertThat(differingPixels(plain, marked)).isGreaterThan(20);
        Path png = root.resolve("sheets/sheet.png");
        ContactSheet.write(root, png, new ContactSheet.Layout(2, 2, 32, true), false);
        assertThat(Files.size(png)).isPositive();
    }

    @Test
    void aFolderThatIsNotADatasetIsReportedByFile(@TempDir Path empty) {
        assertThatThrownBy(() -> ContactSheet.draw(empty, new ContactSheet.Layout(1, 1, 32, false)))
                .isInstanceOf(IOException.class).hasMessageContaining("classes.txt");
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int count = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                count += a.getRGB(x, y) != b.getRGB(x, y) ? 1 : 0;
            }
        }
        return count;
    }
}
