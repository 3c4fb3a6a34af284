package xspace.gpu;

/** What running one plan on a device needs: the device, the plan, the layers' weights there and scratch buffers. */
record PlanRun(Device device, ExecutorPlan plan, DeviceWeights weights, Arena arena) {
}
