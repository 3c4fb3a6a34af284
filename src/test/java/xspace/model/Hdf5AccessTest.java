package xspace.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.bytedeco.hdf5.DataSpace;
import org.bytedeco.javacpp.FloatPointer;
import org.junit.jupiter.api.Test;

class Hdf5AccessTest {

    @Test
    void hdf5ObjectsAreFreedWhenTheWorkEndsAndOtherNativeMemoryIsNot() {
        FloatPointer[] kept = new FloatPointer[1];
        DataSpace space = Hdf5Access.run(() -> {
            kept[0] = new FloatPointer(4);
            DataSpace made = new DataSpace();
            assertThat(made.isNull()).isFalse();
            return made;
        });
        assertThat(space.isNull()).as("freed on this thread, not left to the deallocator thread").isTrue();
        assertThat(kept[0].isNull()).isFalse();
        kept[0].put(3, 1.5f);
        assertThat(kept[0].get(3)).isEqualTo(1.5f);
        kept[0].deallocate();
    }
}
