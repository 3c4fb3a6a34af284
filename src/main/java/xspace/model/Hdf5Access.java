package xspace.model;

import java.util.function.Supplier;
import org.bytedeco.hdf5.AbstractDs;
import org.bytedeco.hdf5.IdComponent;
import org.bytedeco.javacpp.PointerScope;
import org.deeplearning4j.nn.modelimport.keras.Hdf5Archive;

/**
 * Every use of the HDF5 library (Keras files) runs through here. The library is not thread-safe,
 * and the HDF5 objects that DL4J's Keras import leaves to the garbage collector were freed by
 * JavaCPP's deallocator thread while another read was in progress (a crash inside
 * {@code H5FL_reg_malloc}). So the work holds DL4J's HDF5 lock, and the HDF5 objects it makes are
 * freed on this thread when it ends, under that lock; arrays and other native memory are left as
 * they are.
 */
final class Hdf5Access {

    private Hdf5Access() {
    }

    static <T> T run(Supplier<T> work) {
        synchronized (Hdf5Archive.LOCK_OBJECT) {
            try (PointerScope hdf5Objects = new PointerScope(IdComponent.class, AbstractDs.class)) {
                return work.get();
            }
        }
    }
}
