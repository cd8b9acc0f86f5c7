package dev.kvcache.catalog;

/**
 * The number formats a device's tensor units compute in, as devices.json keys their dense peak
 * throughput: 16-bit (BF16, or FP16 on devices without BF16), FP8, INT8 and FP4.
 */
public enum ComputeFormat {
    SIXTEEN_BIT("16bit", "16-bit"),
    FP8("fp8", "FP8"),
    INT8("int8", "INT8"),
    FP4("fp4", "FP4");

    private final String key;
    private final String displayName;

    ComputeFormat(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /** The key under {@code denseTflops} in devices.json. */
    public String key() {
        return key;
    }

    public String displayName() {
        return displayName;
    }

    /**
     * The format the matrix units run in for weights stored in {@code weights}: FP8 and INT8 weights
     * run FP8 and INT8 matmuls (W8A8), MXFP4 runs FP4, and the rest run 16-bit (INT4 checkpoints are
     * weight-only: vLLM's Marlin kernels widen them to 16 bits; FP32 is not a serving format and is
     * counted at the 16-bit peak, an optimistic bound).
     */
    public static ComputeFormat forWeights(Precision weights) {
        if (weights == Precision.FP8) {
            return FP8;
        }
        if (weights == Precision.INT8) {
            return INT8;
        }
        if (weights == Precision.MXFP4) {
            return FP4;
        }
        return SIXTEEN_BIT;
    }
}
