package xspace.gpu;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
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
import xspace.model.KerasImport;
import xspace.model.Normalisation;

/** Small networks for the executor tests: every layer kind the executor runs, weights of both signs. */
final class GpuTestNets {

    private GpuTestNets() {
    }

    /**
     * 3×12×12 NCHW: conv1 3×3 Same → 4, pool1 max 2×2, conv2 3×3 stride 1 padding 1 → 6, pool2
     * average 3×3 stride 2 padding 1 (divisor with padding or not), dropout, fc6 8 (Z), predictions 3.
     */
    static ExplainedCnn nchw(long seed, boolean averageCountsPadding) {
        MultiLayerNetwork network = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(seed).list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(4).convolutionMode(ConvolutionMode.Same)
                        .activation(Activation.RELU).name("conv1").build())
                .layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).name("pool1").build())
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(6).padding(1, 1).convolutionMode(ConvolutionMode.Truncate)
                        .activation(Activation.RELU).name("conv2").build())
                .layer(new SubsamplingLayer.Builder(PoolingType.AVG).kernelSize(3, 3).stride(2, 2).padding(1, 1)
                        .convolutionMode(ConvolutionMode.Truncate).avgPoolIncludePadInDivisor(averageCountsPadding)
                        .name("pool2").build())
                .layer(new DropoutLayer.Builder(0.5).activation(Activation.IDENTITY).name("drop").build())
                .layer(new DenseLayer.Builder().nOut(8).activation(Activation.RELU).name("fc6").build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX)
                        .name("predictions").build())
                .setInputType(InputType.convolutional(12, 12, 3)).build());
        network.init();
        randomise(network, seed);
        return new ExplainedCnn(network, new CnnInfo(List.of("a", "b", "c"), 12, InputLayout.NCHW, Normalisation.UNIT,
                "fc6", "test", "tiny"));
    }

    /** The Keras 2 Sequential network of the import tests: channels-last, imported as NHWC. */
    static ExplainedCnn keras() throws Exception {
        return KerasImport.importModel(resource("/keras/tiny_vgg_sequential.h5"), null);
    }

    /** The inputs saved beside the Keras network, [batch, 16, 16, 3]. */
    static INDArray kerasInput() throws Exception {
        return Nd4j.createFromNpyFile(resource("/keras/input_nhwc.npy").toFile()).castTo(DataType.FLOAT);
    }

    private static Path resource(String name) throws Exception {
        return Path.of(GpuTestNets.class.getResource(name).toURI());
    }

    /** A module Z(8) → 12 → 8 → 3 x-features, biases leaning positive so that hidden units are rarely all silent. */
    static ExplanationModule module(long seed) {
        ModuleParameters p = ModuleParameters.initial(new ModuleShape(8, 12, 8, 3), false, seed, DataType.FLOAT);
        Random random = new Random(seed);
        for (String name : new String[] {"b1", "b2", "b3"}) {
            p.set(name, gaussian(random, p.get(name).shape(), 0.1).add(0.5));
        }
        return new ExplanationModule(null, p);
    }

    static void randomise(MultiLayerNetwork network, long seed) {
        Random random = new Random(seed);
        for (org.deeplearning4j.nn.api.Layer layer : network.getLayers()) {
            if (layer.numParams() > 0) {
                layer.setParam("W", gaussian(random, layer.getParam("W").shape(), 0.5));
                layer.setParam("b", gaussian(random, layer.getParam("b").shape(), 0.1));
            }
        }
    }

    static INDArray gaussian(Random random, long[] shape, double scale) {
        double[] values = new double[(int) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
        for (int i = 0; i < values.length; i++) {
            values[i] = scale * random.nextGaussian();
        }
        return Nd4j.create(values, shape, 'c').castTo(DataType.FLOAT);
    }

    /** Uniform values in [0, 1), as normalised pixels are. */
    static INDArray input(long seed, long... shape) {
        Random random = new Random(seed);
        double[] values = new double[(int) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextDouble();
        }
        return Nd4j.create(values, shape, 'c').castTo(DataType.FLOAT);
    }
}
