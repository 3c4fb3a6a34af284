package xspace.model;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Loads a batch of labelled images as network input and one-hot labels, decoding in parallel.
 * Each image's augmentation is seeded by (seed, image id), so a batch is the same whatever the
 * thread schedule.
 */
final class BatchLoader {

    private final ImageSource images;
    private final ImagePreprocessor preprocessor;
    private final int classes;

    BatchLoader(ImageSource images, ImagePreprocessor preprocessor, int classes) {
        this.images = images;
        this.preprocessor = preprocessor;
        this.classes = classes;
    }

    DataSet load(List<LabelledImage> batch, Augmentation augmentation, long seed) {
        float[][] inputs = IntStream.range(0, batch.size()).parallel()
                .mapToObj(i -> input(batch.get(i), augmentation, seed))
                .toArray(float[][]::new);
        INDArray labels = Nd4j.zeros(batch.size(), classes);
        for (int i = 0; i < batch.size(); i++) {
            labels.putScalar(i, batch.get(i).label(), 1.0);
        }
        return new DataSet(preprocessor.batchOf(inputs), labels);
    }

    private float[] input(LabelledImage item, Augmentation augmentation, long seed) {
        BufferedImage image = images.load(item.imageId());
        if (augmentation != Augmentation.NONE) {
            image = augmentation.apply(preprocessor.resize(image), new Random(seed * 1_000_003L + item.imageId()));
        }
        return preprocessor.toInput(image);
    }
}
