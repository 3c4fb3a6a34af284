package xspace.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The executor's timing (what {@code xspace bench} reports on a GPU), run on the reference device. */
class ExecutorTimingTest {

    @Test
    void everyFigureIsMeasuredAndTheDeviceIsLeftAsFound() {
        ReferenceDevice device = new ReferenceDevice();
        var module = GpuTestNets.module(82);
        try (GpuExecutor executor = new GpuExecutor(device, GpuTestNets.nchw(81, true), module, null)) {
            executor.forward(GpuTestNets.input(83, 2, 3, 12, 12));
            int buffers = device.liveBuffers();
            ExecutorTiming t = ExecutorTiming.measure(executor, device, module, 2, 1);
            assertThat(t.batch()).isEqualTo(2);
            assertThat(java.util.List.of(t.forwardMs(), t.uploadMs(), t.residentForwardMs(), t.imageMapsMs(),
                    t.batchImagesPerSecond())).allMatch(v -> v > 0 && Double.isFinite(v));
            // its own weights, scratch buffers and input are freed; the executor's grew for the maps
            executor.close();
            assertThat(device.liveBuffers()).isZero();
            assertThat(buffers).isPositive();
        }
    }
}
