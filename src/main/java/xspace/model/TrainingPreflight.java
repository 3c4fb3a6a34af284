package xspace.model;

import java.util.Locale;
import xspace.engine.NativeMemory;

/**
 * Refuses a training run whose estimated native memory ({@link TrainingMemory}) exceeds JavaCPP's
 * bounds, before the first batch: a run that does not fit otherwise fails only when an allocation
 * finally crosses the bound, which for a VGG on a CPU is minutes into the first epoch or at the
 * reload of the best checkpoint. The refusal names the settings that make it fit.
 */
public final class TrainingPreflight {

    private static final double GB = 1L << 30;

    private TrainingPreflight() {
    }

    /** @throws ModelException naming the estimate, the bound it exceeds and what to change */
    public static void check(TrainingMemory memory, int batch, TrainingOptions.Optimizer optimizer,
            NativeMemory.Limits limits) {
        long need = memory.totalBytes(batch);
        long nativeBound = limits.maxBytes() > 0 ? limits.maxBytes() : Long.MAX_VALUE;
        long physicalBound = limits.maxPhysicalBytes() > 0
                ? limits.maxPhysicalBytes() - limits.maxHeap() - NativeMemory.HEADROOM : Long.MAX_VALUE;
        long available = Math.min(nativeBound, physicalBound);
        if (need <= available) {
            return;
        }
        String bound = nativeBound <= physicalBound
                ? "JavaCPP allows " + gb(nativeBound) + " of native buffers (" + NativeMemory.MAX_BYTES + ")"
                : "JavaCPP allows the process " + gb(limits.maxPhysicalBytes()) + " (" + NativeMemory.MAX_PHYSICAL_BYTES
                        + "), of which the heap may take " + gb(limits.maxHeap()) + " (-Xmx) and the runtime about "
                        + gb(NativeMemory.HEADROOM);
        int fits = memory.largestBatch(available);
        String updater = optimizer == TrainingOptions.Optimizer.ADAM ? "Adam" : "momentum";
        throw new ModelException(String.format(Locale.ROOT, "training needs about %s of native memory (weights %s,"
                + " gradients %s, %s state %s, a batch of %d images %s) but %s. Start Java with -D%s=%s -D%s=%s"
                + " (or a larger -Xmx, from which both follow when not given)%s", gb(need), gb(memory.weightBytes()),
                gb(memory.gradientBytes()), updater, gb(memory.updaterBytes()), batch,
                gb(batch * memory.bytesPerImage()), bound, NativeMemory.MAX_BYTES, setting(need),
                NativeMemory.MAX_PHYSICAL_BYTES, setting(need + limits.maxHeap() + NativeMemory.HEADROOM),
                fits > 0 ? ", or train with --batch " + fits : "; even a batch of one image does not fit now"));
    }

    /** Checks training {@code cnn} as {@code options} say against the bounds in force. */
    public static void check(ExplainedCnn cnn, TrainingOptions options) {
        check(TrainingMemory.of(cnn.network(), cnn.info(), options.optimizer()), options.batchSize(), options.optimizer(),
                NativeMemory.current());
    }

    private static String gb(long bytes) {
        return String.format(Locale.ROOT, "%.1f GB", bytes / GB);
    }

    /** Whole gigabytes, rounded up, as JavaCPP's settings take them. */
    private static String setting(long bytes) {
        return (long) Math.ceil(bytes / GB) + "G";
    }
}
