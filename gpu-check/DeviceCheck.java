package xspace.gpu;

import java.util.Random;
import java.util.function.Consumer;

/**
 * The CUDA device's operations one by one against the plain-Java reference device on small random
 * tensors, each with its largest error relative to the largest value: a wrong call shows by name
 * before any network runs. Exit status 1 if any operation is off by more than 1e-3 or fails.
 */
public final class DeviceCheck {

    private final Device gpu;
    private final Device ref = new ReferenceDevice();
    private final Random random = new Random(11);
    private boolean ok = true;

    private DeviceCheck(Device gpu) {
        this.gpu = gpu;
    }

    public static void main(String[] args) {
        xspace.engine.BackendSelection.select();
        Device gpu = GpuExecutors.device().orElseThrow(() -> new IllegalStateException(GpuExecutors.status()));
        System.out.println("device: " + gpu.describe());
        DeviceCheck check = new DeviceCheck(gpu);
        check.all();
        System.out.println(check.ok ? "DEVICE OK" : "DEVICE FAILED");
        System.exit(check.ok ? 0 : 1);
    }

    private void all() {
        Step.Convolution same = new Step.Convolution(0, "conv 3x3 pad 1", Shape.map(3, 9, 9), Shape.map(4, 9, 9),
                new int[] {3, 3}, new int[] {1, 1}, new int[] {1, 1}, new int[] {1, 1}, true, null);
        Step.Convolution strided = new Step.Convolution(0, "conv 2x2 stride 2", Shape.map(3, 9, 9), Shape.map(5, 4, 4),
                new int[] {2, 2}, new int[] {2, 2}, new int[] {0, 0}, new int[] {1, 1}, true, null);
        for (Step.Convolution c : new Step.Convolution[] {same, strided}) {
            int w = c.out().channels() * c.in().channels() * c.kernel()[0] * c.kernel()[1];
            op(c.name() + " forward", new long[] {2L * c.in().size(), w}, 2L * c.out().size(),
                    (d, b) -> d.convolution(c, 2, b[0], b[1], b[2]));
            op(c.name() + " backward data", new long[] {w, 2L * c.out().size()}, 2L * c.in().size(),
                    (d, b) -> d.convolutionBackwardData(c, 2, b[0], b[1], b[2]));
        }
        for (Step.Pooling.Kind kind : Step.Pooling.Kind.values()) {
            for (boolean padded : new boolean[] {false, true}) {
                Step.Pooling p = padded
                        ? new Step.Pooling(0, kind + " 3x3/2 pad 1", Shape.map(4, 8, 8), Shape.map(4, 4, 4), kind,
                                new int[] {3, 3}, new int[] {2, 2}, new int[] {1, 1}, kind == Step.Pooling.Kind.SUM)
                        : new Step.Pooling(0, kind + " 2x2/2", Shape.map(4, 8, 8), Shape.map(4, 4, 4), kind,
                                new int[] {2, 2}, new int[] {2, 2}, new int[] {0, 0}, false);
                long in = 2L * p.in().size();
                long out = 2L * p.out().size();
                op(p.name() + " forward", new long[] {in}, out, (d, b) -> d.pooling(p, 2, b[0], b[1]));
                op(p.name() + " backward", new long[] {in, out}, in, (d, b) -> {
                    Device.Buffer y = d.allocate(out);
                    d.pooling(p, 2, b[0], y);
                    d.poolingBackward(p, 2, b[0], y, b[1], b[2]);
                    d.free(y);
                });
            }
        }
        op("copy at offsets", new long[] {20, 30}, 0, (d, b) -> d.copy(b[0], 5, b[1], 7, 10));
        Shape map = Shape.map(4, 3, 5);
        op("addBias map", new long[] {4, 2L * map.size()}, 0, (d, b) -> d.addBias(2, map, b[0], b[1]));
        op("addBias flat", new long[] {7, 14}, 0, (d, b) -> d.addBias(2, Shape.flat(7), b[0], b[1]));
        for (Activation f : Activation.values()) {
            op("activate " + f, new long[] {1000}, 0, (d, b) -> d.activate(f, 1000, b[0]));
        }
        op("matmul", new long[] {15, 20}, 12, (d, b) -> d.matmul(3, 5, 4, b[0], b[1], false, b[2]));
        op("matmul transposed", new long[] {15, 20}, 12, (d, b) -> d.matmul(3, 5, 4, b[0], b[1], true, b[2]));
        op("matmul 64x300x70", new long[] {64 * 300, 300 * 70}, 64 * 70,
                (d, b) -> d.matmul(64, 300, 70, b[0], b[1], false, b[2]));
        op("permute to channels-last", new long[] {2L * map.size()}, 2L * map.size(),
                (d, b) -> d.permute(2, map, true, b[0], b[1]));
        op("permute to channels-first", new long[] {2L * map.size()}, 2L * map.size(),
                (d, b) -> d.permute(2, map, false, b[0], b[1]));
        op("channelSum", new long[] {3L * map.size()}, 3L * 15, (d, b) -> d.channelSum(3, map, b[0], b[1]));
        op("ratio", new long[] {60, 12}, 60, (d, b) -> d.ratio(60, 12, b[0], b[1], b[2]));
        op("multiply", new long[] {12, 60}, 0, (d, b) -> d.multiply(60, 12, b[1], b[0]));
        op("topSignal", new long[] {2 * 6, 6 * 3, 2 * 3}, 3 * 2 * 6,
                (d, b) -> d.topSignal(2, 6, 3, b[0], b[1], b[2], null, null, b[3]));
        op("topSignal contrastive", new long[] {2 * 6, 6 * 3, 2 * 3, 6 * 3, 2 * 3}, 3 * 2 * 6,
                (d, b) -> d.topSignal(2, 6, 3, b[0], b[1], b[2], b[3], b[4], b[5]));
    }

    private interface Op {
        void run(Device d, Device.Buffer[] buffers);
    }

    /**
     * Runs one operation on both devices with the same random inputs (some zeros and negatives, so
     * that the ratio's and ReLU's zero cases are met); compares the output, or with no output
     * (in-place operations) the last input.
     */
    private void op(String name, long[] inputs, long output, Op op) {
        float[][] values = new float[inputs.length][];
        for (int i = 0; i < inputs.length; i++) {
            values[i] = new float[(int) inputs[i]];
            for (int j = 0; j < values[i].length; j++) {
                values[i][j] = j % 7 == 3 && !name.startsWith("MAX") ? 0f : (float) random.nextGaussian();
            }
        }
        try {
            float[] expected = run(ref, values, output, op);
            float[] actual = run(gpu, values, output, op);
            double scale = 1e-12;
            double error = 0;
            for (int i = 0; i < expected.length; i++) {
                scale = Math.max(scale, Math.abs(expected[i]));
                error = Math.max(error, Math.abs(expected[i] - actual[i]));
            }
            boolean good = error / scale <= 1e-3;
            ok &= good;
            System.out.printf("%-36s relative error %.2e %s%n", name, error / scale, good ? "ok" : "OFF");
        } catch (RuntimeException | LinkageError e) {
            ok = false;
            System.out.printf("%-36s FAILED: %s%n", name, e);
        }
    }

    private static float[] run(Device d, float[][] values, long output, Op op) {
        d.attach();
        Device.Buffer[] buffers = new Device.Buffer[values.length + (output > 0 ? 1 : 0)];
        for (int i = 0; i < values.length; i++) {
            buffers[i] = d.allocate(values[i].length);
            d.upload(values[i], buffers[i]);
        }
        if (output > 0) {
            buffers[values.length] = d.allocate(output);
        }
        op.run(d, buffers);
        Device.Buffer result = buffers[buffers.length - 1];
        float[] out = d.download(result, result.floats());
        for (Device.Buffer b : buffers) {
            d.free(b);
        }
        return out;
    }
}
