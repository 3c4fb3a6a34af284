package xspace.engine;

/** A GPU seen on this machine: its index, name and compute capability. */
public record GpuDevice(int index, String name, ComputeCapability capability) {
}
