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
 * Times the executor on VGG19 at 224 × 224: the forward pass at batch 32 with and without the
 * input's upload (PyTorch's figure has its input on the GPU already), the upload alone, the five
 * x-feature c-MWP maps of one image, and batches of 32 images with five maps each.
 */
public final class TimingCheck {

    private TimingCheck() {
    }

    public static void run(ExplainedCnn vgg, ExplanationModule module) {
        Device device = GpuExecutors.device().orElseThrow();
        GpuExecutor gpu = new GpuExecutor(device, vgg, module, null);
        System.out.println("math: " + device.describe());
        INDArray batch = input(32);
        double forward = seconds(() -> gpu.forward(batch), 20);
        System.out.printf("vgg19 forward batch 32 224x224 fp32, input uploaded: %.2f ms%n", forward * 1e3);
        Device.Buffer resident = device.allocate(batch.length());
        double upload = seconds(() -> {
            device.upload(batch, resident);
            device.download(resident, 1);
        }, 20);
        System.out.printf("  the input's upload alone (%.1f MB): %.2f ms%n", batch.length() * 4 / 1e6, upload * 1e3);
        ExecutorPlan plan = gpu.features();
        ForwardPass pass = new ForwardPass(new PlanRun(device, plan, new DeviceWeights(device), new Arena(device)));
        int last = plan.steps().size() - 1;
        double compute = seconds(() -> device.download(pass.run(resident, 32, last).outputOf(last), 1), 20);
        System.out.printf("vgg19 forward batch 32 224x224 fp32, input on the GPU: %.2f ms%n", compute * 1e3);
        List<Target> five = IntStream.range(0, 5).mapToObj(Target::xFeature).toList();
        INDArray one = input(1);
        double image = seconds(() -> gpu.maps(one, five, true), 20);
        System.out.printf("5 x-feature c-MWP maps of one image at %s: %.2f ms%n", gpu.heatmapLayer(), image * 1e3);
        double all = seconds(() -> gpu.maps(batch, five, true), 10);
        System.out.printf("all-images job, batches of 32, 5 maps each: %.0f images/s (CUB's 11,788 in %.1f s)%n",
                32 / all, 11788 * all / 32);
        device.free(resident);
    }

    private static INDArray input(int batch) {
        Nd4j.getRandom().setSeed(7);
        return Nd4j.rand(DataType.FLOAT, batch, 3, 224, 224);
    }

    private static double seconds(Runnable work, int repeats) {
        for (int i = 0; i < 3; i++) {
            work.run();
        }
        long start = System.nanoTime();
        for (int i = 0; i < repeats; i++) {
            work.run();
        }
        return (System.nanoTime() - start) / 1e9 / repeats;
    }
}
