package xspace.model;

import java.util.Arrays;
import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Not a test: times the forward pass to Z and ŷ of a VGG19-sized network ({@code CnnSpec.vgg19(224, 200)},
 * random weights and input, batch 4 by default) in either data layout, through DL4J's layers
 * ({@code dl4j}) or as a chain of ND4J's own {@code conv2d}, {@code maxpool2d} and matrix
 * operations on the same weights ({@code ops}); says which native library ND4J loaded and whether
 * DL4J's convolution layer runs through its oneDNN helper, and prints the median seconds per batch.
 * Run (after {@code mvn -o -q test-compile} and
 * {@code mvn -o -q dependency:build-classpath -Dmdep.outputFile=cp.txt}) with
 * {@code java -Xmx6g [-Dorg.eclipse.deeplearning4j.helpers.disable=false] -cp target/test-classes:target/classes:$(cat cp.txt)
 * xspace.model.ForwardBenchmark dl4j|ops NCHW|NHWC [BATCHES] [BATCH]}. DL4J's helpers are off
 * unless the property says otherwise; the application turns them on ({@code BackendSelection}).
 */
public final class ForwardBenchmark {

    private ForwardBenchmark() {
    }

    public static void main(String[] args) {
        String path = args.length > 0 ? args[0] : "dl4j";
        CNN2DFormat format = CNN2DFormat.valueOf(args.length > 1 ? args[1] : "NCHW");
        int batches = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 4;
        CnnSpec spec = CnnSpec.vgg19(224, 200);
        MultiLayerNetwork network = build(spec, format);
        long[] shape = format == CNN2DFormat.NHWC ? new long[] {batch, spec.inputSize(), spec.inputSize(), 3}
                : new long[] {batch, 3, spec.inputSize(), spec.inputSize()};
        Nd4j.getRandom().setSeed(3);
        INDArray input = Nd4j.rand(DataType.FLOAT, shape);
        Runnable forward = path.equals("ops") ? () -> ops(network, spec, input, format)
                : () -> network.feedForwardToLayer(network.getnLayers() - 2, input, false);
        System.out.println("native: " + nativeLibrary() + "; environment: "
                + Nd4j.getExecutioner().getEnvironmentInformation().getProperty("blas.vendor") + ", oneDNN switch "
                + oneDnn() + ", threads " + Nd4j.getEnvironment().maxMasterThreads() + ", DL4J convolution helper "
                + helper(network.getLayer(0)));
        INDArray reference = network.feedForwardToLayer(network.getnLayers() - 2, input, false)
                .get(network.getnLayers() - 1);
        INDArray chained = ops(network, spec, input, format);
        System.out.println("ops against dl4j, largest difference of the penultimate activations: "
                + reference.sub(chained).amaxNumber() + " (largest value " + reference.amaxNumber() + ")");
        forward.run();
        double[] seconds = new double[batches];
        for (int b = 0; b < batches; b++) {
            long start = System.nanoTime();
            forward.run();
            seconds[b] = (System.nanoTime() - start) / 1e9;
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        double median = sorted[batches / 2];
        System.out.printf("RESULT path=%s layout=%s batch=%d batches=%s median=%.2f s imagesPerSecond=%.3f%n", path,
                format, batch, Arrays.toString(seconds), median, batch / median);
    }

    /** {@link CnnBuilder#build} with every convolution and pooling layer in the given layout. */
    static MultiLayerNetwork build(CnnSpec spec, CNN2DFormat format) {
        NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder().seed(1)
                .weightInit(WeightInit.RELU).list();
        for (int block = 0; block < spec.blockWidths().size(); block++) {
            for (int conv = 0; conv < spec.convsPerBlock().get(block); conv++) {
                layers.layer(new ConvolutionLayer.Builder(3, 3).nOut(spec.blockWidths().get(block))
                        .convolutionMode(ConvolutionMode.Same).activation(Activation.RELU).dataFormat(format)
                        .name("conv" + (block + 1) + "_" + (conv + 1)).build());
            }
            layers.layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                    .dataFormat(format).name("pool" + (block + 1)).build());
        }
        for (int fc = 0; fc < spec.fcWidths().size(); fc++) {
            layers.layer(new DenseLayer.Builder().nOut(spec.fcWidths().get(fc)).activation(Activation.RELU)
                    .name("fc" + (fc + 6)).build());
        }
        layers.layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(spec.classes())
                .activation(Activation.SOFTMAX).name(CnnSpec.OUTPUT_LAYER).build());
        MultiLayerConfiguration conf = layers
                .setInputType(InputType.convolutional(spec.inputSize(), spec.inputSize(), 3, format)).build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return network;
    }

    /** The same forward pass as ND4J operations: conv2d (weights [out, in, kH, kW]), ReLU, maxpool2d, dense. */
    static INDArray ops(MultiLayerNetwork network, CnnSpec spec, INDArray input, CNN2DFormat format) {
        int nhwc = format == CNN2DFormat.NHWC ? 1 : 0;
        INDArray x = input;
        for (Layer layer : network.getLayers()) {
            String kind = layer.conf().getLayer().getClass().getSimpleName();
            if (kind.equals("ConvolutionLayer")) {
                INDArray w = layer.getParam("W");
                INDArray b = layer.getParam("b").reshape(-1);
                x = exec(DynamicCustomOp.builder("conv2d").addInputs(x, w, b)
                        .addIntegerArguments(3, 3, 1, 1, 0, 0, 1, 1, 1, nhwc, 1).build());
                Nd4j.exec(new org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear(x));
            } else if (kind.equals("SubsamplingLayer")) {
                x = exec(DynamicCustomOp.builder("maxpool2d").addInputs(x)
                        .addIntegerArguments(2, 2, 2, 2, 0, 0, 1, 1, 0, 0, nhwc).build());
            } else if (kind.equals("DenseLayer")) {
                if (x.rank() == 4) {
                    // DL4J flattens in the layer's own layout.
                    x = x.reshape('c', x.size(0), -1);
                }
                x = x.mmul(layer.getParam("W")).addiRowVector(layer.getParam("b"));
                Nd4j.exec(new org.nd4j.linalg.api.ops.impl.scalar.RectifiedLinear(x));
            }
        }
        return x;
    }

    private static INDArray exec(DynamicCustomOp op) {
        List<org.nd4j.linalg.api.shape.LongShapeDescriptor> shapes = Nd4j.getExecutioner().calculateOutputShape(op);
        INDArray out = Nd4j.create(shapes.get(0));
        op.addOutputArgument(out);
        Nd4j.exec(op);
        return out;
    }

    /** The platform helper DL4J's convolution layer runs through, or null for its own im2col and matrix product. */
    private static Object helper(Layer layer) {
        try {
            java.lang.reflect.Field field = org.deeplearning4j.nn.layers.convolution.ConvolutionLayer.class
                    .getDeclaredField("helper");
            field.setAccessible(true);
            return field.get(layer);
        } catch (ReflectiveOperationException e) {
            return "unknown (" + e + ")";
        }
    }

    private static String nativeLibrary() {
        return org.bytedeco.javacpp.Loader.getLoadedLibraries().values().stream()
                .filter(p -> p.contains("nd4jcpu")).toList().toString();
    }

    private static Object oneDnn() {
        try {
            Class<?> environment = Class.forName("org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu$Environment");
            Object instance = environment.getMethod("getInstance").invoke(null);
            return environment.getMethod("isUseONEDNN").invoke(instance);
        } catch (ReflectiveOperationException e) {
            return "unknown (" + e + ")";
        }
    }
}
