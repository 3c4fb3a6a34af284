package xspace.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.data.NpyFile;
import xspace.model.FeatureExtractor;
import xspace.model.FeatureIndex;

/**
 * The Z rows of every usable image of a workspace's features, handed out in blocks so that a large
 * dataset (CUB: 11,788 × 4,096) never sits in memory whole.
 */
final class FeatureBlocks {

    static final int BLOCK = 512;

    private final Path dir;

    FeatureBlocks(Path featuresDir) {
        this.dir = featuresDir;
    }

    /** Calls {@code block} with each block of rows (images × |Z|), in row order. */
    void forEach(Consumer<INDArray> block) throws IOException {
        List<FeatureIndex.Entry> usable = FeatureIndex.usable(dir);
        try (NpyFile z = NpyFile.open(dir.resolve(FeatureExtractor.Z_FILE), false)) {
            List<float[]> rows = new ArrayList<>(BLOCK);
            for (FeatureIndex.Entry e : usable) {
                rows.add(z.readRow(e.row()));
                if (rows.size() == BLOCK) {
                    block.accept(Nd4j.create(rows.toArray(float[][]::new)));
                    rows.clear();
                }
            }
            if (!rows.isEmpty()) {
                block.accept(Nd4j.create(rows.toArray(float[][]::new)));
            }
        }
    }
}
