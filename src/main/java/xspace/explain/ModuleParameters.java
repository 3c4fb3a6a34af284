package xspace.explain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The parameters of an explanation module by name: encoder θ = (W1, b1, W2, b2, W3, b3), decoder
 * θ̃ = (D1, c1, D2, c2, D3, c3) mirrored from the x-features back to Z, predictor (v, b). Weight
 * matrices are [inputs × outputs], biases [1 × outputs]. All of them are views into one flat
 * buffer, so that the optimiser and the weight decay update every parameter in a few operations
 * rather than a few per parameter (the per-operation cost dominates for modules of this size).
 */
public final class ModuleParameters {

    private final Map<String, INDArray> arrays;
    private final INDArray flat;

    /** Copies {@code source} into one flat buffer and keeps views of it under the same names. */
    private ModuleParameters(Map<String, INDArray> source) {
        this.flat = Nd4j.toFlattened('c', source.values());
        this.arrays = views(flat, source);
    }

    /** Every parameter, in {@link #asMap()} order, as one vector whose entries are the parameters themselves. */
    public INDArray flat() {
        return flat;
    }

    /** A flat vector, aligned with {@link #flat()}, holding the given per-parameter value in each parameter's span. */
    public INDArray spread(java.util.function.ToDoubleFunction<String> valueOf) {
        INDArray out = flat.like();
        long offset = 0;
        for (var entry : arrays.entrySet()) {
            long length = entry.getValue().length();
            out.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(offset, offset + length))
                    .assign(valueOf.applyAsDouble(entry.getKey()));
            offset += length;
        }
        return out;
    }

    /** Views, by parameter name, into a vector aligned with {@link #flat()} (a flat gradient, say). */
    public Map<String, INDArray> views(INDArray aligned) {
        return views(aligned, arrays);
    }

    private static Map<String, INDArray> views(INDArray aligned, Map<String, INDArray> shapes) {
        Map<String, INDArray> views = new LinkedHashMap<>();
        long offset = 0;
        for (var entry : shapes.entrySet()) {
            long length = entry.getValue().length();
            views.put(entry.getKey(), aligned.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(offset, offset + length))
                    .reshape('c', entry.getValue().shape()));
            offset += length;
        }
        return views;
    }

    /** Gradients given by name, flattened in the order of {@link #flat()}. */
    public INDArray flatten(Map<String, INDArray> byName) {
        return Nd4j.toFlattened('c', arrays.keySet().stream().map(byName::get).toList());
    }

    /** Fresh parameters from the seed, in the given precision. */
    public static ModuleParameters initial(ModuleShape shape, boolean decoder, long seed, DataType type) {
        Random random = new Random(seed);
        Map<String, INDArray> a = new LinkedHashMap<>();
        layer(a, "W1", "b1", shape.zSize(), shape.hidden1(), random, type);
        layer(a, "W2", "b2", shape.hidden1(), shape.hidden2(), random, type);
        layer(a, "W3", "b3", shape.hidden2(), shape.n(), random, type);
        if (decoder) {
            layer(a, "D1", "c1", shape.n(), shape.hidden2(), random, type);
            layer(a, "D2", "c2", shape.hidden2(), shape.hidden1(), random, type);
            layer(a, "D3", "c3", shape.hidden1(), shape.zSize(), random, type);
        }
        layer(a, "v", "b", shape.n(), 1, random, type);
        return new ModuleParameters(a);
    }

    public static ModuleParameters of(Map<String, INDArray> arrays) {
        return new ModuleParameters(arrays);
    }

    /**
     * Weights and biases uniform in ±1/√in (PyTorch's default for a linear layer). He-uniform weights
     * with zero biases left most of the five x-features dead from the first step when training
     * starts from the initial weights rather than from pre-training.
     */
    private static void layer(Map<String, INDArray> a, String weight, String bias, int in, int out, Random random,
            DataType type) {
        double limit = 1 / Math.sqrt(in);
        a.put(weight, uniform(random, limit, in, out).castTo(type));
        a.put(bias, uniform(random, limit, 1, out).castTo(type));
    }

    private static INDArray uniform(Random random, double limit, int rows, int columns) {
        double[] values = new double[rows * columns];
        for (int i = 0; i < values.length; i++) {
            values[i] = limit * (2 * random.nextDouble() - 1);
        }
        return Nd4j.create(values, new long[] {rows, columns}, DataType.DOUBLE);
    }

    public INDArray get(String name) {
        INDArray array = arrays.get(name);
        if (array == null) {
            throw new IllegalArgumentException("no parameter " + name);
        }
        return array;
    }

    public void set(String name, INDArray value) {
        get(name).assign(value);
    }

    public boolean hasDecoder() {
        return arrays.containsKey("D1");
    }

    public Map<String, INDArray> asMap() {
        return java.util.Collections.unmodifiableMap(arrays);
    }

    /** Whether a parameter is a weight (penalised by L2) rather than a bias (never penalised). */
    public static boolean isWeight(String name) {
        return ParameterGroup.of(name).isWeight(name);
    }

    public ModuleParameters copy() {
        return new ModuleParameters(arrays);
    }

    public ModuleParameters castTo(DataType type) {
        Map<String, INDArray> a = new LinkedHashMap<>();
        arrays.forEach((k, v) -> a.put(k, v.castTo(type)));
        return new ModuleParameters(a);
    }

    public ModuleShape shape() {
        INDArray w1 = get("W1");
        return new ModuleShape((int) w1.size(0), (int) w1.size(1), (int) get("W2").size(1), (int) get("W3").size(1));
    }
}
