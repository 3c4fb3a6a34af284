package xspace.gpu;

import java.util.Locale;

/**
 * The arithmetic of the GPU's convolutions and products. EXACT, the default, keeps FP32 fused
 * multiply-adds throughout (cuDNN's FMA math, cuBLAS's pedantic math): maps and measures equal the
 * CPU path's whatever the card. TF32 (cuDNN's and cuBLAS's tensor-core default on Ampere and
 * later: FP32 storage, 10-bit mantissa products) is about three times faster on VGG19 but moves
 * Z by about 1e-3 relative, and c-MWP, a difference of two such passes, by more: on an H200 some
 * maps fell to a Pearson correlation of 0.78 with the CPU's and an evaluation's O2 moved by 2 %
 * (docs/gpu.md). Below compute capability 8.0 there are no TF32 tensor cores and both are FP32.
 */
public enum MathMode {
    TF32, EXACT;

    /** The setting: {@code -Dxspace.gpu.math=tf32|exact}. */
    public static final String PROPERTY = "xspace.gpu.math";
    /** The same as an environment variable, read when the property is absent. */
    public static final String ENVIRONMENT = "XSPACE_GPU_MATH";

    /** The configured mode; EXACT when unset. */
    public static MathMode configured() {
        return parse(System.getProperty(PROPERTY, System.getenv(ENVIRONMENT)));
    }

    static MathMode parse(String value) {
        if (value == null || value.isBlank()) {
            return EXACT;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected tf32 or exact as the GPU math, found '" + value + "'");
        }
    }

    /** The math in two words: exact FP32, TF32, or FP32 where a TF32 mode has no tensor cores. */
    public String label(int major) {
        return this == EXACT ? "exact FP32" : major >= 8 ? "TF32" : "FP32";
    }

    /** What runs in this mode on a device of compute capability {@code major}.x, in words. */
    public String describe(int major) {
        if (this == EXACT) {
            return "exact FP32 (cuDNN FMA math, cuBLAS pedantic math)";
        }
        return major >= 8 ? "TF32 tensor cores (cuDNN default math, cuBLAS TF32)"
                : "FP32 (no TF32 below compute capability 8.0)";
    }
}
