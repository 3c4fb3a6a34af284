package xspace.cli;

import picocli.CommandLine.Option;
import xspace.model.InputPreprocessing;

/** {@code --preprocessing}: how a Keras model's input was prepared in training, for the commands that import one. */
final class PreprocessingOption {

    @Option(names = "--preprocessing", paramLabel = "caffe|tf|torch|none", defaultValue = "caffe",
            converter = Converter.class,
            description = "How the Keras model's input was prepared in training, as Keras' preprocess_input modes:"
                    + " caffe (BGR, 0..255 minus the ImageNet means: Keras' VGG16/VGG19), tf (RGB scaled to -1..1),"
                    + " torch (RGB 0..1 minus the ImageNet mean, divided by its std) or none (RGB 0..255 as it is)"
                    + " (default: ${DEFAULT-VALUE}).")
    InputPreprocessing value;

    static final class Converter extends NamedValues<InputPreprocessing> {
        Converter() {
            super(InputPreprocessing::id, InputPreprocessing.values());
        }
    }
}
