package xspace.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The input conventions of Keras' {@code preprocess_input} modes (and raw pixels), as offered when
 * a Keras model is imported. A model fed in another convention than the one it was trained with
 * still predicts, only wrongly, so the choice is named wherever the network is described.
 */
public enum InputPreprocessing {

    /** BGR, 0–255, ImageNet means subtracted: Keras' VGG16/VGG19 and ResNet50. */
    CAFFE(Normalisation.CAFFE, "BGR 0..255 minus the ImageNet means"),
    /** RGB scaled to −1..1: Keras' MobileNet, Inception and Xception. */
    TF(new Normalisation(1 / 127.5, new double[] {1, 1, 1}, new double[] {1, 1, 1}, false), "RGB scaled to -1..1"),
    /** RGB 0..1, ImageNet mean and standard deviation: Keras' DenseNet and torchvision's models. */
    TORCH(new Normalisation(1 / 255.0, new double[] {0.485, 0.456, 0.406}, new double[] {0.229, 0.224, 0.225},
            false), "RGB 0..1 minus the ImageNet mean, divided by the ImageNet std"),
    /** RGB 0..255 as it is: models that normalise inside the network. */
    NONE(new Normalisation(1, new double[] {0, 0, 0}, new double[] {1, 1, 1}, false), "RGB 0..255 as it is");

    /** The convention of Keras' VGG models, assumed when none is named. */
    public static final InputPreprocessing DEFAULT = CAFFE;

    private final Normalisation normalisation;
    private final String description;

    InputPreprocessing(Normalisation normalisation, String description) {
        this.normalisation = normalisation;
        this.description = description;
    }

    public Normalisation normalisation() {
        return normalisation;
    }

    /** The name as typed on the command line and stored: {@code caffe}, {@code tf}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** For example {@code caffe (BGR 0..255 minus the ImageNet means)}. */
    public String label() {
        return id() + " (" + description + ")";
    }

    /** The mode named {@code id}, in any case. */
    public static Optional<InputPreprocessing> named(String id) {
        return Arrays.stream(values()).filter(p -> p.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /** The mode whose normalisation this is, if it is one of them. */
    public static Optional<InputPreprocessing> matching(Normalisation normalisation) {
        return Arrays.stream(values()).filter(p -> p.normalisation.equals(normalisation)).findFirst();
    }

    /** A network's input convention in words: the mode's label, or the numbers of another one. */
    public static String describe(Normalisation normalisation) {
        return matching(normalisation).map(InputPreprocessing::label).orElseGet(() -> String.format(Locale.ROOT,
                "%s, (pixel x %.5g - %s) / %s", normalisation.bgr() ? "BGR" : "RGB", normalisation.scale(),
                Arrays.toString(normalisation.mean()), Arrays.toString(normalisation.std())));
    }
}
