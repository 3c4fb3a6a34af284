package xspace.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A feature or logit that is NaN or infinite, where every later computation (an explanation
 * module's training, faithfulness) would silently turn into NaN. Names the file, the row, the
 * column and the image.
 */
public final class NonFiniteValueException extends IOException {

    public NonFiniteValueException(Path file, long row, int column, float value, int imageId) {
        super(String.format("%s, row %d (image %d), column %d: %s where a finite number was expected;"
                + " the network gives non-finite outputs for this image (a diverged training?) or the file is damaged",
                file, row, imageId, column, value));
    }

    /** Throws unless every value of {@code values} is finite. */
    public static void requireFinite(float[] values, Path file, long row, int imageId) throws NonFiniteValueException {
        for (int column = 0; column < values.length; column++) {
            if (!Float.isFinite(values[column])) {
                throw new NonFiniteValueException(file, row, column, values[column], imageId);
            }
        }
    }
}
