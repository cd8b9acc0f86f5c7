package dev.kvcache.sim;

/** Numeric precision of weights or KV cache; the memory engine turns it into bytes per element. */
public enum Precision {
    FP32(32),
    FP16(16),
    BF16(16),
    FP8(8),
    INT8(8),
    INT4(4);

    private final int bitsPerElement;

    Precision(int bitsPerElement) {
        this.bitsPerElement = bitsPerElement;
    }

    /** Bits per stored element (INT4 is half a byte, hence bits rather than bytes). */
    public int bitsPerElement() {
        return bitsPerElement;
    }
}
