package dev.kvcache.sim;

/** The attention kernel: it changes the attention workspace, never the KV cache. */
public enum FlashMode {
    /** Materialises the attention score matrix (workspace grows with context squared). */
    STANDARD,
    /** FlashAttention (NeurIPS'22): tiled, the score matrix never reaches device memory. */
    FLASH
}
