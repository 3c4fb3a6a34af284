package xspace.gpu;

import java.util.ArrayList;
import java.util.List;
import xspace.attribution.LayerMaps;

/**
 * Excitation Backprop on a device, with the semantics of {@code xspace.attribution.ExcitationBackprop}:
 * MWP or c-MWP of many targets for a batch of images, carried from the top units down to the
 * heatmap layer in one pass whose rows are (target, image) pairs, target-major. The forward
 * activations and each layer's normalisers N = W⁺a are computed once per image and shared by
 * every target. Per weighted layer: P_in = a ⊙ W⁺ᵀ(P_out ⊘ N), with the transposed product as
 * cuDNN's backward-data or a cuBLAS product; max pooling routes to the forward maximum; average
 * and sum pooling are the linear layers they are; ReLU, dropout and flatten pass P through.
 */
final class ExcitationPass {

    private final Device device;
    private final ExecutorPlan plan;
    private final DeviceWeights weights;
    private final Arena arena;

    ExcitationPass(PlanRun run) {
        this.device = run.device();
        this.plan = run.plan();
        this.weights = run.weights();
        this.arena = run.arena();
    }

    /** One {@link LayerMaps} per image, its maps in the order of {@code units}. */
    List<LayerMaps> maps(Activations forward, int[] units, boolean contrastive) {
        List<Step> steps = plan.steps();
        int batch = forward.batch();
        int targets = units.length;
        int rows = batch * targets;
        int topIndex = steps.size() - 1;
        Step.Top top = plan.top();
        Device.Buffer signal = topSignal(top, forward.inputOf(topIndex), batch, units, contrastive);
        boolean inA = true;
        int stop = plan.lastStepOf(plan.heatmapLayer());
        for (int i = topIndex - 1; i > stop; i--) {
            Step step = steps.get(i);
            if (ForwardPass.aliases(step)) {
                continue;
            }
            Device.Buffer next = arena.get(inA ? "signal-b" : "signal-a", (long) rows * step.in().size());
            down(step, i, forward, targets, signal, next);
            signal = next;
            inA = !inA;
        }
        Shape shape = steps.get(stop).out();
        int area = shape.height() * shape.width();
        Device.Buffer sums = arena.get("maps", (long) rows * area);
        device.channelSum(rows, shape, signal, sums);
        return split(device.download(sums, (long) rows * area), batch, targets, shape, contrastive);
    }

    /** The signal at the top layer's input: the target's share minus the dual's for c-MWP. */
    private Device.Buffer topSignal(Step.Top top, Device.Buffer a, int batch, int[] units, boolean contrastive) {
        int inputs = top.in().size();
        int targets = units.length;
        Device.Buffer w = arena.get("top-w", (long) inputs * targets);
        device.upload(DeviceWeights.columns(top.weights(), units, false), w);
        Device.Buffer n = arena.get("top-n", (long) batch * targets);
        device.matmul(batch, inputs, targets, a, w, false, n);
        Device.Buffer dualW = null;
        Device.Buffer dualN = null;
        if (contrastive) {
            dualW = arena.get("top-dual-w", (long) inputs * targets);
            device.upload(DeviceWeights.columns(top.weights(), units, true), dualW);
            dualN = arena.get("top-dual-n", (long) batch * targets);
            device.matmul(batch, inputs, targets, a, dualW, false, dualN);
        }
        Device.Buffer out = arena.get("signal-a", (long) batch * targets * inputs);
        device.topSignal(batch, inputs, targets, a, w, n, dualW, dualN, out);
        return out;
    }

    /** P at step {@code i}'s input from P at its output, for {@code targets} rows per image. */
    private void down(Step step, int i, Activations forward, int targets, Device.Buffer pOut, Device.Buffer pIn) {
        int batch = forward.batch();
        int rows = batch * targets;
        long in = step.in().size();
        long out = step.out().size();
        Device.Buffer a = forward.inputOf(i);
        Device.Buffer ratio = arena.get("ratio", rows * out);
        if (step instanceof Step.Convolution c) {
            Device.Buffer positive = weights.positive(c.weights());
            Device.Buffer n = arena.get("normalisers", batch * out);
            device.convolution(c, batch, a, positive, n);
            device.ratio(rows * out, batch * out, pOut, n, ratio);
            device.convolutionBackwardData(c, rows, positive, ratio, pIn);
            device.multiply(rows * in, batch * in, pIn, a);
        } else if (step instanceof Step.Dense d) {
            Device.Buffer positive = weights.positive(d.weights());
            Device.Buffer n = arena.get("normalisers", batch * out);
            device.matmul(batch, (int) in, (int) out, a, positive, false, n);
            device.ratio(rows * out, batch * out, pOut, n, ratio);
            device.matmul(rows, (int) out, (int) in, ratio, positive, true, pIn);
            device.multiply(rows * in, batch * in, pIn, a);
        } else if (step instanceof Step.Pooling p) {
            Device.Buffer x = repeated("repeat-x", a, batch * in, targets);
            Device.Buffer y = repeated("repeat-y", forward.outputOf(i), batch * out, targets);
            if (p.kind() == Step.Pooling.Kind.MAX) {
                device.poolingBackward(p, rows, x, y, pOut, pIn);
            } else {
                // a linear layer of equal positive weights: its normalisers are its own outputs
                device.ratio(rows * out, batch * out, pOut, forward.outputOf(i), ratio);
                device.poolingBackward(p, rows, x, y, ratio, pIn);
                device.multiply(rows * in, batch * in, pIn, a);
            }
        } else if (step instanceof Step.Flatten f) {
            device.permute(rows, f.in(), false, pOut, pIn);
        } else {
            throw new IllegalStateException("no backward rule for " + step);
        }
    }

    /** The batch's values once per target, target-major, as the signal's rows are. */
    private Device.Buffer repeated(String name, Device.Buffer values, long floats, int times) {
        Device.Buffer out = arena.get(name, floats * times);
        for (int t = 0; t < times; t++) {
            device.copy(values, 0, out, t * floats, floats);
        }
        return out;
    }

    /** Row t·batch + b is target t of image b; c-MWP maps are clamped at 0 as on the CPU. */
    private static List<LayerMaps> split(float[] sums, int batch, int targets, Shape shape, boolean clamp) {
        int area = shape.height() * shape.width();
        List<LayerMaps> perImage = new ArrayList<>();
        for (int b = 0; b < batch; b++) {
            float[][] maps = new float[targets][area];
            for (int t = 0; t < targets; t++) {
                System.arraycopy(sums, (t * batch + b) * area, maps[t], 0, area);
                if (clamp) {
                    for (int j = 0; j < area; j++) {
                        maps[t][j] = Math.max(0f, maps[t][j]);
                    }
                }
            }
            perImage.add(new LayerMaps(maps, shape.height(), shape.width()));
        }
        return perImage;
    }
}
