package xspace.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleParameters;
import xspace.explain.ModuleShape;
import xspace.model.CnnInfo;
import xspace.model.ExplainedCnn;
import xspace.model.InputLayout;
import xspace.model.LayerKind;
import xspace.model.Normalisation;

/** Small networks for the Excitation Backprop tests, and their brute-force counterparts. */
final class TinyNets {

    private TinyNets() {
    }

    /** 3×8×8 NCHW: conv1 3×3→4, pool1 2×2 max, conv2 3×3→4, fc6 8 (Z), predictions 3. */
    static ExplainedCnn nchw(long seed, boolean biases) {
        return build(seed, biases, PoolingType.MAX, false);
    }

    /** As {@link #nchw}, but pool1 averages and a dropout layer drop2 follows conv2. */
    static ExplainedCnn averaging(long seed, boolean biases) {
        return build(seed, biases, PoolingType.AVG, true);
    }

    private static ExplainedCnn build(long seed, boolean biases, PoolingType pooling, boolean dropout) {
        NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder().seed(seed).list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(4).convolutionMode(ConvolutionMode.Same)
                        .activation(Activation.RELU).name("conv1").build())
                .layer(new SubsamplingLayer.Builder(pooling).kernelSize(2, 2).stride(2, 2).name("pool1").build())
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(4).convolutionMode(ConvolutionMode.Same)
                        .activation(Activation.RELU).name("conv2").build());
        if (dropout) {
            layers.layer(new DropoutLayer.Builder(0.5).activation(Activation.IDENTITY).name("drop2").build());
        }
        MultiLayerNetwork network = new MultiLayerNetwork(layers
                .layer(new DenseLayer.Builder().nOut(8).activation(Activation.RELU).name("fc6").build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX)
                        .name("predictions").build())
                .setInputType(InputType.convolutional(8, 8, 3)).build());
        network.init();
        randomise(network, seed, biases);
        return wrap(network, InputLayout.NCHW);
    }

    static ExplainedCnn wrap(MultiLayerNetwork network, InputLayout layout) {
        CnnInfo info = new CnnInfo(List.of("a", "b", "c"), 8, layout, Normalisation.UNIT, "fc6", "test", "tiny");
        return new ExplainedCnn(network, info);
    }

    /** Weights with both signs, so that W⁺ and the dual's (−W)⁺ both matter; biases optional. */
    static void randomise(MultiLayerNetwork network, long seed, boolean biases) {
        Random random = new Random(seed);
        for (org.deeplearning4j.nn.api.Layer layer : network.getLayers()) {
            if (layer.numParams() == 0) {
                continue;
            }
            INDArray w = layer.getParam("W");
            layer.setParam("W", gaussian(random, w.shape(), 0.5));
            INDArray b = layer.getParam("b");
            layer.setParam("b", biases ? gaussian(random, b.shape(), 0.1) : Nd4j.zeros(b.dataType(), b.shape()));
        }
    }

    static INDArray gaussian(Random random, long[] shape, double scale) {
        long length = 1;
        for (long s : shape) {
            length *= s;
        }
        double[] values = new double[(int) length];
        for (int i = 0; i < values.length; i++) {
            values[i] = scale * random.nextGaussian();
        }
        return Nd4j.create(values, shape, 'c').castTo(DataType.FLOAT);
    }

    /**
     * A module Z(8) → 12 → 8 → 3 x-features with weights of both signs; with biases, these lean
     * positive so that the few hidden units are rarely all silent.
     */
    static ExplanationModule module(long seed, boolean biases) {
        ModuleParameters p = ModuleParameters.initial(new ModuleShape(8, 12, 8, 3), false, seed, DataType.FLOAT);
        Random random = new Random(seed);
        for (String name : new String[] {"b1", "b2", "b3"}) {
            p.set(name, biases ? gaussian(random, p.get(name).shape(), 0.1).add(0.5) : p.get(name).mul(0));
        }
        return new ExplanationModule(null, p);
    }

    static INDArray input(long seed, long... shape) {
        Random random = new Random(seed);
        long length = 1;
        for (long s : shape) {
            length *= s;
        }
        double[] values = new double[(int) length];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble();
        }
        return Nd4j.create(values, shape, 'c').castTo(DataType.FLOAT);
    }

    /** The brute-force layers of a network (and optionally a module on top of its Z layer). */
    static List<BruteForceMwp.Op> bruteForce(MultiLayerNetwork network, int channels, int size, int lastLayer,
            ExplanationModule module) {
        List<BruteForceMwp.Op> ops = new ArrayList<>();
        int c = channels;
        int h = size;
        for (int i = 0; i <= lastLayer; i++) {
            org.deeplearning4j.nn.api.Layer layer = network.getLayer(i);
            org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
            String name = conf.getLayerName();
            switch (LayerKind.of(conf)) {
                case CONVOLUTION -> {
                    INDArray w = layer.getParam("W");
                    ops.add(new BruteForceMwp.Linear(name, BruteForceMwp.convolution(kernel(w), h, h),
                            repeat(layer.getParam("b").toDoubleVector(), h * h), true));
                    c = (int) w.size(0);
                }
                case MAX_POOLING, AVERAGE_POOLING -> {
                    ops.add(new BruteForceMwp.Pool(name, c, h, h, 2, LayerKind.of(conf) == LayerKind.MAX_POOLING));
                    h /= 2;
                }
                case DROPOUT -> ops.add(new BruteForceMwp.Identity(name));
                default -> {
                    CNN2DFormat format = network.getLayerWiseConfigurations().getInputPreProcess(i) == null ? null
                            : formatOf(network);
                    ops.add(new BruteForceMwp.Linear(name, dense(layer.getParam("W"), format, c, h),
                            layer.getParam("b").toDoubleVector(), ((org.deeplearning4j.nn.conf.layers.BaseLayer) conf)
                                    .getActivationFn() instanceof ActivationReLU));
                }
            }
        }
        if (module != null) {
            String[][] layers = {{"encoder1", "W1", "b1"}, {"encoder2", "W2", "b2"}, {"xfeatures", "W3", "b3"}};
            for (String[] l : layers) {
                ops.add(new BruteForceMwp.Linear(l[0], dense(module.parameters().get(l[1]), null, 0, 0),
                        module.parameters().get(l[2]).toDoubleVector(), true));
            }
        }
        return ops;
    }

    private static CNN2DFormat formatOf(MultiLayerNetwork network) {
        ConvolutionLayer first = (ConvolutionLayer) network.getLayer(0).conf().getLayer();
        return first.getCnn2dDataFormat();
    }

    /**
     * A dense matrix [out][in] over inputs in (c, y, x) order. After a flatten, DL4J's weight row
     * for (c, y, x) is c·h·h + y·h + x for channels-first and (y·h + x)·c + c for channels-last.
     */
    private static double[][] dense(INDArray w, CNN2DFormat flattenedFrom, int channels, int size) {
        int in = (int) w.size(0);
        int out = (int) w.size(1);
        double[][] m = new double[out][in];
        for (int j = 0; j < in; j++) {
            int row = j;
            if (flattenedFrom == CNN2DFormat.NHWC) {
                int ch = j / (size * size);
                int y = (j / size) % size;
                int x = j % size;
                row = (y * size + x) * channels + ch;
            }
            for (int o = 0; o < out; o++) {
                m[o][j] = w.getDouble(row, o);
            }
        }
        return m;
    }

    private static double[][][][] kernel(INDArray w) {
        int o = (int) w.size(0);
        int i = (int) w.size(1);
        int k = (int) w.size(2);
        double[][][][] out = new double[o][i][k][k];
        for (int a = 0; a < o; a++) {
            for (int b = 0; b < i; b++) {
                for (int y = 0; y < k; y++) {
                    for (int x = 0; x < k; x++) {
                        out[a][b][y][x] = w.getDouble(a, b, y, x);
                    }
                }
            }
        }
        return out;
    }

    private static double[] repeat(double[] perChannel, int times) {
        double[] out = new double[perChannel.length * times];
        for (int i = 0; i < out.length; i++) {
            out[i] = perChannel[i / times];
        }
        return out;
    }

    /** Values of a batch-one activation (or row r of a batch) in (c, y, x) order. */
    static double[] chw(INDArray x, int row, CNN2DFormat format) {
        INDArray one = x.get(org.nd4j.linalg.indexing.NDArrayIndex.point(row));
        if (one.rank() == 3 && format == CNN2DFormat.NHWC) {
            one = one.permute(2, 0, 1);
        }
        return one.dup('c').reshape(one.length()).castTo(DataType.DOUBLE).toDoubleVector();
    }
}
