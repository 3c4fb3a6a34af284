package xspace.gpu;

import xspace.explain.ExplanationModule;
import xspace.model.ExplainedCnn;

/**
 * Times the executor on VGG19 at 224 × 224 ({@link ExecutorTiming}, as {@code xspace bench} does
 * on a GPU): the forward pass at batch 32 with and without the input's upload (PyTorch's figure
 * has its input on the GPU already), the upload alone, the five x-feature c-MWP maps of one image,
 * and batches of 32 images with five maps each.
 */
public final class TimingCheck {

    private TimingCheck() {
    }

    public static void run(ExplainedCnn vgg, ExplanationModule module) {
        System.out.println("math: " + GpuExecutors.device().orElseThrow().describe());
        ExecutorTiming t = GpuExecutors.timing(vgg, module, 32, 20).orElseThrow();
        System.out.printf("vgg19 forward batch 32 224x224 fp32, input uploaded: %.2f ms%n", t.forwardMs());
        System.out.printf("  the input's upload alone (19.3 MB): %.2f ms%n", t.uploadMs());
        System.out.printf("vgg19 forward batch 32 224x224 fp32, input on the GPU: %.2f ms%n", t.residentForwardMs());
        System.out.printf("5 x-feature c-MWP maps of one image: %.2f ms%n", t.imageMapsMs());
        System.out.printf("all-images job, batches of 32, 5 maps each: %.0f images/s (CUB's 11,788 in %.1f s)%n",
                t.batchImagesPerSecond(), 11788 / t.batchImagesPerSecond());
    }
}
