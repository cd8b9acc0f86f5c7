package dev.kvcache.catalog;

/** What one decoder layer keeps per sequence: a growing cache, a capped one, or a fixed state. */
public enum LayerKind {
    /** Full attention: the cache grows with every token. */
    FULL,
    /** Sliding-window attention: at most {@code window} tokens are kept. */
    SLIDING,
    /** Chunked local attention (Llama 4): at most one chunk of tokens is kept. */
    CHUNKED,
    /** Linear attention / state-space layer: a fixed-size state per sequence, no per-token cache. */
    LINEAR
}
