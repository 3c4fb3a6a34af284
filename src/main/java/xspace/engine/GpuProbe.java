package xspace.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Finds the GPUs and their compute capabilities with {@code nvidia-smi}, before ND4J starts, so
 * that a backend whose kernels cannot run is never loaded.
 */
public final class GpuProbe {

    private GpuProbe() {
    }

    /** The GPUs that nvidia-smi reports; empty when there is no NVIDIA driver. */
    public static List<GpuDevice> devices() {
        try {
            Process process = new ProcessBuilder("nvidia-smi", "--query-gpu=index,name,compute_cap",
                    "--format=csv,noheader").redirectErrorStream(true).start();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return List.of();
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0 ? parse(output) : List.of();
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** Parses nvidia-smi's CSV lines {@code 0, NVIDIA H100 80GB HBM3, 9.0}; skips lines it cannot read. */
    static List<GpuDevice> parse(String csv) {
        List<GpuDevice> devices = new ArrayList<>();
        for (String line : csv.split("\\R")) {
            String[] fields = line.split(",");
            if (fields.length < 3) {
                continue;
            }
            try {
                String name = String.join(",", java.util.Arrays.copyOfRange(fields, 1, fields.length - 1)).trim();
                devices.add(new GpuDevice(Integer.parseInt(fields[0].trim()), name,
                        ComputeCapability.parse(fields[fields.length - 1])));
            } catch (IllegalArgumentException e) {
                // A line without a numeric index or capability (an older driver prints "[N/A]"): not usable.
            }
        }
        return devices;
    }
}
