package xspace.gpu.cuda;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;

/**
 * A pointer {@code floats} values into a buffer, for the runtime's {@code void*} parameters: JavaCPP
 * adds a pointer's position to such a parameter in bytes, whatever the pointer's element type, so a
 * {@code FloatPointer} positioned at k would land k bytes in, not k floats.
 */
final class FloatOffsets {

    private FloatOffsets() {
    }

    /** @param buffer the start of a float buffer (a pointer at position 0, as device allocations are) */
    static Pointer at(Pointer buffer, long floats) {
        return new BytePointer(buffer).position(floats * Float.BYTES);
    }
}
