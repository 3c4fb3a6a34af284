package xspace.attribution;

import java.io.IOException;
import java.nio.file.Path;
import xspace.data.NpyFile;

/**
 * One heatmap over an image: non-negative values, row-major {@code height × width}, normalised
 * to sum 1 (the paper's S_ij = C_ij / Σ C) unless every value is 0. Stored as a 2-D float32
 * {@code .npy} of shape (height, width).
 */
public final class Heatmap {

    private final float[] values;
    private final int width;
    private final int height;

    public Heatmap(float[] values, int width, int height) {
        if (values.length != width * height) {
            throw new IllegalArgumentException(values.length + " values for a " + width + "×" + height + " heatmap");
        }
        this.values = values.clone();
        this.width = width;
        this.height = height;
    }

    /**
     * A map read at a layer, resized bilinearly (sample centres aligned) to the image and
     * normalised to sum 1; negative values are clamped to 0 first.
     */
    public static Heatmap fromLayerMap(float[] map, int mapHeight, int mapWidth, int imageWidth, int imageHeight) {
        float[] resized = new float[imageWidth * imageHeight];
        for (int y = 0; y < imageHeight; y++) {
            double sy = clamp((y + 0.5) * mapHeight / imageHeight - 0.5, mapHeight - 1);
            int y0 = (int) Math.floor(sy);
            int y1 = Math.min(y0 + 1, mapHeight - 1);
            double fy = sy - y0;
            for (int x = 0; x < imageWidth; x++) {
                double sx = clamp((x + 0.5) * mapWidth / imageWidth - 0.5, mapWidth - 1);
                int x0 = (int) Math.floor(sx);
                int x1 = Math.min(x0 + 1, mapWidth - 1);
                double fx = sx - x0;
                double top = value(map, mapWidth, y0, x0) * (1 - fx) + value(map, mapWidth, y0, x1) * fx;
                double bottom = value(map, mapWidth, y1, x0) * (1 - fx) + value(map, mapWidth, y1, x1) * fx;
                resized[y * imageWidth + x] = (float) (top * (1 - fy) + bottom * fy);
            }
        }
        return new Heatmap(normalised(resized), imageWidth, imageHeight);
    }

    private static double value(float[] map, int width, int y, int x) {
        return Math.max(0f, map[y * width + x]);
    }

    private static double clamp(double v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    private static float[] normalised(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        if (sum > 0) {
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) (values[i] / sum);
            }
        }
        return values;
    }

    public static Heatmap readNpy(Path path) throws IOException {
        float[][] rows = NpyFile.readAll(path);
        int height = rows.length;
        int width = height == 0 ? 0 : rows[0].length;
        float[] values = new float[width * height];
        for (int y = 0; y < height; y++) {
            System.arraycopy(rows[y], 0, values, y * width, width);
        }
        return new Heatmap(values, width, height);
    }

    public void writeNpy(Path path) throws IOException {
        float[][] rows = new float[height][width];
        for (int y = 0; y < height; y++) {
            System.arraycopy(values, y * width, rows[y], 0, width);
        }
        NpyFile.write(path, rows);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public float at(int x, int y) {
        return values[y * width + x];
    }

    /** A copy of the values, row-major. */
    public float[] values() {
        return values.clone();
    }

    public double sum() {
        double sum = 0;
        for (float v : values) {
            sum += v;
        }
        return sum;
    }

    public float max() {
        float max = 0;
        for (float v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
