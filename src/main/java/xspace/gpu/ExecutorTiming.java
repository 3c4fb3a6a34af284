package xspace.gpu;

import java.util.List;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.attribution.Target;
import xspace.explain.ExplanationModule;
import xspace.model.ExplainedCnn;

/**
 * The executor's speed on one network and module, as {@code xspace bench} reports it where the GPU
 * executor runs: the forward pass of a batch with its input's upload and with its input already on
 * the device (as PyTorch's figures are usually given), the upload alone, the c-MWP maps of every
 * x-feature of one image, and of a batch. Random inputs; a few untimed repetitions first.
 */
public record ExecutorTiming(int batch, double forwardMs, double uploadMs, double residentForwardMs,
        double imageMapsMs, double batchImagesPerSecond) {

    private static final int WARM_UP = 3;

    static ExecutorTiming measure(GpuExecutor executor, Device device, ExplanationModule module, int batch,
            int repeats) {
        synchronized (device) {
            return measureOnDevice(executor, device, module, batch, repeats);
        }
    }

    private static ExecutorTiming measureOnDevice(GpuExecutor executor, Device device, ExplanationModule module,
            int batch, int repeats) {
        ExplainedCnn cnn = executor.cnn();
        INDArray images = input(cnn, batch);
        double forward = seconds(() -> executor.forward(images), repeats);
        Device.Buffer resident = device.allocate(images.length());
        try {
            double upload = seconds(() -> {
                device.upload(images, resident);
                device.download(resident, 1);
            }, repeats);
            ExecutorPlan plan = executor.features();
            int last = plan.steps().size() - 1;
            try (Arena arena = new Arena(device); DeviceWeights weights = new DeviceWeights(device)) {
                ForwardPass pass = new ForwardPass(new PlanRun(device, plan, weights, arena));
                double compute = seconds(() -> device.download(pass.run(resident, batch, last).outputOf(last), 1),
                        repeats);
                List<Target> targets = IntStream.range(0, module.parameters().shape().n())
                        .mapToObj(Target::xFeature).toList();
                INDArray one = input(cnn, 1);
                double image = seconds(() -> executor.maps(one, targets, true), repeats);
                double batchMaps = seconds(() -> executor.maps(images, targets, true), repeats);
                return new ExecutorTiming(batch, forward * 1e3, upload * 1e3, compute * 1e3, image * 1e3,
                        batch / batchMaps);
            }
        } finally {
            device.free(resident);
        }
    }

    private static INDArray input(ExplainedCnn cnn, int batch) {
        Nd4j.getRandom().setSeed(7);
        int size = cnn.info().inputSize();
        long[] shape = cnn.info().layout() == xspace.model.InputLayout.NHWC ? new long[] {batch, size, size, 3}
                : new long[] {batch, 3, size, size};
        return Nd4j.rand(DataType.FLOAT, shape);
    }

    private static double seconds(Runnable work, int repeats) {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            work.run();
        }
        return (System.nanoTime() - start) / 1e9 / repeats;
    }
}
