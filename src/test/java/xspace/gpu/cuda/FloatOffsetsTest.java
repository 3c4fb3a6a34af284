package xspace.gpu.cuda;

import static org.assertj.core.api.Assertions.assertThat;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import org.junit.jupiter.api.Test;

/**
 * Offsets into float buffers for {@code void*} parameters, checked with JavaCPP's own
 * {@code memcpy} in host memory, whose parameters JavaCPP passes as it passes {@code cudaMemcpy}'s.
 */
class FloatOffsetsTest {

    @Test
    void anOffsetCountsFloatsNotBytes() {
        try (FloatPointer from = new FloatPointer(20); FloatPointer to = new FloatPointer(20)) {
            for (int i = 0; i < 20; i++) {
                from.put(i, i);
                to.put(i, -1);
            }
            Pointer.memcpy(FloatOffsets.at(to, 8), FloatOffsets.at(from, 4), 4 * Float.BYTES);
            float[] values = new float[20];
            to.get(values);
            assertThat(values).containsExactly(-1, -1, -1, -1, -1, -1, -1, -1, 4, 5, 6, 7, -1, -1, -1, -1, -1, -1, -1,
                    -1);
        }
    }

    @Test
    void aFloatPointersOwnPositionWouldCountBytes() {
        // why FloatOffsets exists: the plain way lands a quarter of the way
        try (FloatPointer from = new FloatPointer(20); FloatPointer to = new FloatPointer(20)) {
            for (int i = 0; i < 20; i++) {
                from.put(i, i);
                to.put(i, -1);
            }
            Pointer.memcpy(new FloatPointer(to).position(8), new FloatPointer(from).position(4), 4 * Float.BYTES);
            assertThat(to.get(2)).isEqualTo(1f);
        }
    }
}
