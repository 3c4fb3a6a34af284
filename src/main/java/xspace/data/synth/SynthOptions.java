package xspace.data.synth;

import java.util.ArrayList;
import java.util.List;

/**
 * What to generate. The output depends on every field but {@code threads}.
 *
 * @param species number of species (classes), 2 to 999
 * @param perSpecies images per species, 1 to 9999
 * @param size image width and height in pixels, 32 to 2048
 * @param seed the seed of everything random
 * @param trainFraction share of each species' images marked for training, in [0, 1]
 * @param format JPEG or PNG
 * @param threads rendering threads, at least 1
 */
public record SynthOptions(int species, int perSpecies, int size, long seed, double trainFraction,
        ImageFormat format, int threads) {

    /** The training share of CUB-200-2011: 5,994 of 11,788 images. */
    public static final double CUB_TRAIN_FRACTION = 5994.0 / 11788.0;
    public static final double JPEG_QUALITY = 0.92;

    /** The demo setting: 12 species, 30 images each, 128 px, seed 7, CUB's split, JPEG. */
    public static SynthOptions defaults() {
        return new SynthOptions(12, 30, 128, 7, CUB_TRAIN_FRACTION, ImageFormat.JPG,
                Runtime.getRuntime().availableProcessors());
    }

    public SynthOptions withSpecies(int value) {
        return new SynthOptions(value, perSpecies, size, seed, trainFraction, format, threads);
    }

    public SynthOptions withPerSpecies(int value) {
        return new SynthOptions(species, value, size, seed, trainFraction, format, threads);
    }

    public SynthOptions withSize(int value) {
        return new SynthOptions(species, perSpecies, value, seed, trainFraction, format, threads);
    }

    public SynthOptions withSeed(long value) {
        return new SynthOptions(species, perSpecies, size, value, trainFraction, format, threads);
    }

    public SynthOptions withTrainFraction(double value) {
        return new SynthOptions(species, perSpecies, size, seed, value, format, threads);
    }

    public SynthOptions withFormat(ImageFormat value) {
        return new SynthOptions(species, perSpecies, size, seed, trainFraction, value, threads);
    }

    public SynthOptions withThreads(int value) {
        return new SynthOptions(species, perSpecies, size, seed, trainFraction, format, value);
    }

    public int images() {
        return species * perSpecies;
    }

    /** Every problem with these options, each a sentence naming the option; empty when fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        check(problems, species >= 2 && species <= 999, "--species must be between 2 and 999, got " + species);
        check(problems, perSpecies >= 1 && perSpecies <= 9999,
                "--per-species must be between 1 and 9999, got " + perSpecies);
        check(problems, size >= 32 && size <= 2048, "--size must be between 32 and 2048 pixels, got " + size);
        check(problems, trainFraction >= 0 && trainFraction <= 1,
                "--train-fraction must be between 0 and 1, got " + trainFraction);
        check(problems, format != null, "an image format is needed");
        check(problems, threads >= 1, "threads must be at least 1, got " + threads);
        return problems;
    }

    /** Throws {@link IllegalArgumentException} listing every problem, if there is one. */
    public SynthOptions validated() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return this;
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }
}
