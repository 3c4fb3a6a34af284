package xspace.gpu;

import java.util.HashMap;
import java.util.Map;

/**
 * Named device buffers reused from call to call and grown when a larger batch needs more, so
 * that a stream of batches allocates device memory once instead of at every layer.
 */
final class Arena implements AutoCloseable {

    private final Device device;
    private final Map<String, Device.Buffer> buffers = new HashMap<>();

    Arena(Device device) {
        this.device = device;
    }

    /** The buffer of that name, holding at least {@code floats} values; its contents are whatever was left. */
    Device.Buffer get(String name, long floats) {
        Device.Buffer buffer = buffers.get(name);
        if (buffer != null && buffer.floats() >= floats) {
            return buffer;
        }
        if (buffer != null) {
            device.free(buffer);
        }
        Device.Buffer grown = device.allocate(Math.max(1, floats));
        buffers.put(name, grown);
        return grown;
    }

    @Override
    public void close() {
        buffers.values().forEach(device::free);
        buffers.clear();
    }
}
