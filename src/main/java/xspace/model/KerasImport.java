package xspace.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;
import org.deeplearning4j.nn.modelimport.keras.KerasModelImport;
import org.deeplearning4j.nn.modelimport.keras.exceptions.InvalidKerasConfigurationException;
import org.deeplearning4j.nn.modelimport.keras.exceptions.UnsupportedKerasConfigurationException;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Imports a Keras model saved whole with {@code model.save()} to {@code .h5} (Sequential or a
 * functional model whose layers form a chain, such as Keras' VGG16 and VGG19). Layers keep their
 * Keras names and channels-last layout; the first fully-connected layer becomes Z and the input is
 * prepared as the chosen {@link InputPreprocessing} says (by default as Keras' VGG
 * {@code preprocess_input} leaves it), which the file itself does not record.
 */
public final class KerasImport {

    private static final Pattern INPUT_SHAPE =
            Pattern.compile("\"batch_input_shape\":\\[null,(\\d+),(\\d+),(\\d+)\\]");

    private KerasImport() {
    }

    /** Imports the model to be fed as {@link InputPreprocessing#DEFAULT}. */
    public static ExplainedCnn importModel(Path h5, List<String> classNames) {
        return importModel(h5, classNames, InputPreprocessing.DEFAULT);
    }

    /**
     * Imports the model; {@code classNames} name its outputs (null: {@code class_1 ...}), and
     * {@code preprocessing} is the input convention the model was trained with.
     */
    public static ExplainedCnn importModel(Path h5, List<String> classNames, InputPreprocessing preprocessing) {
        String config = Hdf5Access.run(() -> modelConfig(h5));
        MultiLayerNetwork network = config.contains("\"class_name\":\"Sequential\"")
                ? Hdf5Access.run(() -> importSequential(h5)) : chain(Hdf5Access.run(() -> importGraph(h5)));
        Hdf5Access.run(() -> {
            KerasWeightShapes.check(h5, network);
            return null;
        });
        int outputs = (int) network.getLayer(network.getnLayers() - 1).getParam("W").size(1);
        List<String> names = classNames != null ? classNames : numbered(outputs);
        if (names.size() != outputs) {
            throw new ModelException(h5 + ": the model has " + outputs + " outputs but " + names.size()
                    + " class names were given");
        }
        CnnInfo info = new CnnInfo(names, inputSize(h5, config), InputLayout.NHWC, preprocessing.normalisation(),
                firstDenseLayer(h5, network), "imported from Keras " + h5.getFileName(), null);
        return new ExplainedCnn(network, info);
    }

    /** The model_config attribute without white space; a clear refusal for weights-only files. */
    private static String modelConfig(Path h5) {
        if (!Files.isRegularFile(h5)) {
            throw new ModelException(h5 + ": no such file");
        }
        if (!Hdf5Signature.presentIn(h5)) {
            // checked here because the HDF5 library prints its own error stack to the console
            // before failing on a file that is not HDF5
            throw new ModelException(h5 + ": not an HDF5 file (no HDF5 signature); expected a Keras model"
                    + " saved with model.save() to .h5");
        }
        Hdf5Archive archive;
        try {
            archive = new Hdf5Archive(h5.toString());
        } catch (RuntimeException e) {
            throw new ModelException(h5 + ": not an HDF5 file (" + e.getMessage() + ")", e);
        }
        try {
            if (!archive.hasAttribute("model_config")) {
                throw new ModelException(h5 + ": holds weights only (no model_config attribute); save the whole"
                        + " model with model.save('model.h5'), not model.save_weights()");
            }
            return archive.readAttributeAsJson("model_config").replaceAll("\\s", "");
        } catch (UnsupportedKerasConfigurationException e) {
            throw new ModelException(h5 + ": unreadable model_config (" + e.getMessage() + ")", e);
        } finally {
            archive.close();
        }
    }

    /** The square input side, from the first {@code batch_input_shape} of the configuration. */
    private static int inputSize(Path h5, String config) {
        Matcher shape = INPUT_SHAPE.matcher(config);
        if (!shape.find()) {
            throw new ModelException(h5 + ": the model declares no batch_input_shape [null, height, width, 3]");
        }
        String height = shape.group(1);
        String width = shape.group(2);
        if (!height.equals(width) || !shape.group(3).equals("3")) {
            throw new ModelException(h5 + ": expected a square RGB input (channels last), found " + height + "×"
                    + width + "×" + shape.group(3));
        }
        if (height.length() > 4 || Integer.parseInt(height) < CnnInfoCheck.MIN_INPUT
                || Integer.parseInt(height) > CnnInfoCheck.MAX_INPUT) {
            throw new ModelException(h5 + ": the input is " + height + "×" + width + " pixels; expected "
                    + CnnInfoCheck.MIN_INPUT + " to " + CnnInfoCheck.MAX_INPUT + " pixels a side");
        }
        return Integer.parseInt(height);
    }

    private static MultiLayerNetwork importSequential(Path h5) {
        try {
            return KerasModelImport.importKerasSequentialModelAndWeights(h5.toString(), false);
        } catch (IOException | InvalidKerasConfigurationException | UnsupportedKerasConfigurationException
                | RuntimeException e) {
            throw refusal(h5, e);
        }
    }

    private static ComputationGraph importGraph(Path h5) {
        try {
            return KerasModelImport.importKerasModelAndWeights(h5.toString(), false);
        } catch (IOException | InvalidKerasConfigurationException | UnsupportedKerasConfigurationException
                | RuntimeException e) {
            throw refusal(h5, e);
        }
    }

    /** The graph as a layer chain; the graph's native memory is released at once, not when collected. */
    private static MultiLayerNetwork chain(ComputationGraph graph) {
        try {
            return ChainGraphs.toMultiLayer(graph);
        } finally {
            graph.close();
        }
    }

    private static ModelException refusal(Path h5, Exception e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().split("\\R")[0];
        String kind = e instanceof UnsupportedKerasConfigurationException ? "uses a layer or setting that cannot be"
                + " imported" : "cannot be imported";
        return new ModelException(h5 + ": " + kind + ": " + reason, e);
    }

    private static String firstDenseLayer(Path h5, MultiLayerNetwork network) {
        for (org.deeplearning4j.nn.api.Layer layer : network.getLayers()) {
            LayerKind kind = LayerKind.of(layer);
            if (kind == LayerKind.DENSE || kind == LayerKind.OUTPUT) {
                return layer.conf().getLayer().getLayerName();
            }
        }
        throw new ModelException(h5 + ": no fully-connected layer to explain");
    }

    private static List<String> numbered(int count) {
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            names.add("class_" + i);
        }
        return names;
    }
}
