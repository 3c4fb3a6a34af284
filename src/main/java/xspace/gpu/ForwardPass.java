package xspace.gpu;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Runs an executor plan's steps forward on a device for a batch of images. Outputs that a later
 * stage reads (from {@code keepFrom} on, and the Z layer's) get buffers of their own; the others
 * alternate between two scratch buffers, so that a VGG's early, large maps take memory once.
 */
final class ForwardPass {

    private final Device device;
    private final ExecutorPlan plan;
    private final DeviceWeights weights;
    private final Arena arena;

    ForwardPass(PlanRun run) {
        this.device = run.device();
        this.plan = run.plan();
        this.weights = run.weights();
        this.arena = run.arena();
    }

    /**
     * @param input    the batch in the network's own layout
     * @param keepFrom the first step whose output must survive the pass
     */
    Activations run(INDArray input, int keepFrom) {
        int batch = (int) input.size(0);
        Device.Buffer raw = arena.get("input", (long) batch * plan.input().size());
        device.upload(input, raw);
        return run(raw, batch, keepFrom);
    }

    /** The pass over a batch already on the device, in the network's own layout. */
    Activations run(Device.Buffer raw, int batch, int keepFrom) {
        List<Step> steps = plan.steps();
        long inputSize = (long) batch * plan.input().size();
        Device.Buffer x = raw;
        if (plan.layout() == xspace.model.InputLayout.NHWC) {
            x = arena.get("input-nchw", inputSize);
            device.permute(batch, plan.input(), false, raw, x);
        }
        Device.Buffer first = x;
        boolean[] kept = kept(keepFrom);
        Device.Buffer[] outputs = new Device.Buffer[steps.size()];
        String current = "input";
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step instanceof Step.Top) {
                break;
            }
            if (aliases(step)) {
                outputs[i] = x;
                if (step instanceof Step.Activate a) {
                    device.activate(a.function(), (long) batch * a.in().size(), x);
                }
                continue;
            }
            String name = kept[i] ? "step-" + i : current.equals("scratch-a") ? "scratch-b" : "scratch-a";
            Device.Buffer y = arena.get(name, (long) batch * step.out().size());
            run(step, batch, x, y);
            outputs[i] = y;
            x = y;
            current = name;
        }
        return new Activations(batch, first, outputs);
    }

    private void run(Step step, int batch, Device.Buffer x, Device.Buffer y) {
        if (step instanceof Step.Convolution c) {
            device.convolution(c, batch, x, weights.weights(c.weights()), y);
            if (c.bias()) {
                device.addBias(batch, c.out(), weights.bias(c.weights()), y);
            }
        } else if (step instanceof Step.Dense d) {
            device.matmul(batch, d.in().size(), d.out().size(), x, weights.weights(d.weights()), false, y);
            if (d.bias()) {
                device.addBias(batch, d.out(), weights.bias(d.weights()), y);
            }
        } else if (step instanceof Step.Pooling p) {
            device.pooling(p, batch, x, y);
        } else if (step instanceof Step.Flatten f) {
            device.permute(batch, f.in(), true, x, y);
        } else {
            throw new IllegalStateException("no forward call for " + step);
        }
    }

    /** Whether a step leaves its output in its input's buffer. */
    static boolean aliases(Step step) {
        return step instanceof Step.Activate || step instanceof Step.Identity
                || step instanceof Step.Flatten f && f.order() == xspace.model.InputLayout.NCHW;
    }

    /** Kept outputs: from {@code keepFrom} on and the Z layer's, with the buffers that aliasing steps write into. */
    private boolean[] kept(int keepFrom) {
        List<Step> steps = plan.steps();
        boolean[] kept = new boolean[steps.size()];
        int z = plan.lastStepOf(plan.zLayer());
        for (int i = 0; i < kept.length; i++) {
            kept[i] = i >= keepFrom || i == z;
        }
        for (int i = kept.length - 1; i > 0; i--) {
            if (kept[i] && aliases(steps.get(i))) {
                kept[i - 1] = true;
            }
        }
        return kept;
    }
}
