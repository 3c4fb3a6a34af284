package xspace.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.bytedeco.hdf5.DataSet;
import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.hdf5.Group;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Compares the shape of every weight stored in a Keras {@code .h5} file with the parameter of the
 * imported layer it fills. DL4J's importer copies a wrongly shaped weight without a word (a
 * (31, 4) kernel into a (32, 4) layer leaves the layer with values that have nothing to do with
 * the file), so the check is made here, from the shapes alone, without reading any weight.
 */
final class KerasWeightShapes {

    private static final String WEIGHTS = "model_weights";
    /** Keras weight names and the DL4J parameters they fill. */
    private static final Map<String, String> PARAMETERS = Map.of("kernel", "W", "bias", "b", "gamma", "gamma",
            "beta", "beta", "moving_mean", "mean", "moving_variance", "var");

    private KerasWeightShapes() {
    }

    /** @throws ModelException naming the layer, the weight, the expected and the stored shape */
    static void check(Path h5, MultiLayerNetwork network) {
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            Hdf5Archive archive = new Hdf5Archive(h5.toString());
            try {
                List<String> stored = archive.getGroups(WEIGHTS);
                for (Layer layer : network.getLayers()) {
                    String name = layer.conf().getLayer().getLayerName();
                    if (layer.numParams() > 0 && stored.contains(name)) {
                        checkLayer(h5, layer, shapes(archive, List.of(WEIGHTS, name), ""));
                    }
                }
            } finally {
                archive.close();
            }
        }
    }

    private static void checkLayer(Path h5, Layer layer, Map<String, long[]> weights) {
        String name = layer.conf().getLayer().getLayerName();
        weights.forEach((weight, actual) -> {
            String parameter = PARAMETERS.get(baseName(weight));
            if (parameter == null || !layer.paramTable().containsKey(parameter)) {
                return;
            }
            long[] expected = kerasShape(layer, parameter);
            boolean matches = expected != null ? Arrays.equals(expected, actual) : count(actual) == count(
                    layer.paramTable().get(parameter).shape());
            if (!matches) {
                throw new ModelException(h5 + ": layer '" + name + "', weight '" + weight + "': expected shape "
                        + (expected != null ? text(expected) : "of " + count(layer.paramTable().get(parameter).shape())
                        + " values") + ", found " + text(actual));
            }
        });
    }

    /**
     * The shape Keras stores for a DL4J parameter: kernels of dense layers as (in, out), of 2D
     * convolutions as (height, width, in, out), vectors flat; null where the layout is not known.
     */
    private static long[] kerasShape(Layer layer, String parameter) {
        long[] shape = layer.paramTable().get(parameter).shape();
        org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
        if (!parameter.equals("W")) {
            return new long[] {count(shape)};
        }
        LayerKind kind = LayerKind.of(conf);
        if (kind == LayerKind.CONVOLUTION && shape.length == 4) {
            return new long[] {shape[2], shape[3], shape[1], shape[0]};
        }
        if ((kind == LayerKind.DENSE || kind == LayerKind.OUTPUT) && shape.length == 2) {
            return shape;
        }
        return null;
    }

    /** The shapes of the datasets under a group, by their path below the layer's group. */
    private static Map<String, long[]> shapes(Hdf5Archive archive, List<String> groups, String prefix) {
        Map<String, long[]> shapes = new LinkedHashMap<>();
        String[] path = groups.toArray(String[]::new);
        for (String dataset : archive.getDataSets(path)) {
            shapes.put(prefix + dataset, dims(archive, path, dataset));
        }
        for (String group : archive.getGroups(path)) {
            List<String> deeper = new ArrayList<>(groups);
            deeper.add(group);
            shapes.putAll(shapes(archive, deeper, prefix + group + "/"));
        }
        return shapes;
    }

    private static long[] dims(Hdf5Archive archive, String[] path, String name) {
        Group[] groups = archive.openGroups(path);
        try {
            DataSet dataset = groups[groups.length - 1].openDataSet(name);
            DataSpace space = dataset.getSpace();
            long[] dims = new long[space.getSimpleExtentNdims()];
            space.getSimpleExtentDims(dims);
            space.deallocate();
            dataset.deallocate();
            return dims;
        } finally {
            archive.closeGroups(groups);
        }
    }

    /** {@code kernel} for {@code fc1/kernel:0}. */
    private static String baseName(String weight) {
        String last = weight.substring(weight.lastIndexOf('/') + 1);
        int colon = last.indexOf(':');
        return colon < 0 ? last : last.substring(0, colon);
    }

    private static long count(long[] shape) {
        return Arrays.stream(shape).reduce(1, (a, b) -> a * b);
    }

    /** A shape as Python writes it: (16, 3), (3,). */
    private static String text(long[] shape) {
        String inner = Arrays.stream(shape).mapToObj(Long::toString).collect(Collectors.joining(", "));
        return "(" + inner + (shape.length == 1 ? ",)" : ")");
    }
}
