package dev.kvcache.memory;

/**
 * The quantities a factoid may name, each with the settings it reads and its default format. Every
 * quantity also takes {@code format} (a {@link FigureFormat} key) and the claim guards
 * {@code atLeast} / {@code atMost}, which make rendering fail when the value leaves the range the
 * sentence relies on ("more than", "fits").
 */
public enum FigureQuantity {
    /**
     * KV bytes one token adds in every attention layer, windows ignored; per GPU with tp. With
     * layout "mha": had every query head kept its own K and V (undefined for MLA models).
     */
    KV_BYTES_PER_TOKEN("kvBytesPerToken", FigureFormat.EXACT, "model", "kv", "tp", "layout"),
    /** batch x one sequence of context tokens (sliding windows applied unless windows "ignored"). */
    KV_CACHE_BYTES("kvCacheBytes", FigureFormat.BYTES, "model", "kv", "batch", "context", "windows"),
    /** Resident weights: the whole model, or the most loaded GPU with tp. */
    WEIGHTS_BYTES("weightsBytes", FigureFormat.BYTES, "model", "precision", "tp"),
    /** Published parameter count, which "total" (default) or "active". */
    PARAMS("params", FigureFormat.COUNT, "model", "which"),
    /** Layers of a kind: all (default), full, sliding, chunked, linear, or attention (all but linear). */
    LAYERS("layers", FigureFormat.NUMBER, "model", "kind"),
    /** Tokens a capped (sliding-window or chunked) layer keeps. */
    WINDOW("window", FigureFormat.TOKENS, "model"),
    /** Device memory, which "usable" (default, what a framework can allocate) or "marketed", x gpus. */
    GPU_MEMORY_BYTES("gpuMemoryBytes", FigureFormat.BYTES, "gpu", "which", "gpus"),
    /** vLLM's KV pool in tokens on one GPU of a tp deployment (context = max_model_len). */
    KV_POOL_TOKENS("kvPoolTokens", FigureFormat.TOKENS, "model", "gpu", "precision", "kv", "tp", "context",
            "utilization"),
    /** vLLM's maximum concurrency: pool tokens / max_model_len. */
    MAX_CONCURRENCY("maxConcurrency", FigureFormat.TIMES, "model", "gpu", "precision", "kv", "tp", "context",
            "utilization"),
    /** Training with Adam in mixed precision: weights, gradients, moments, master copy, activations. */
    TRAINING_TOTAL_BYTES("trainingTotalBytes", FigureFormat.BYTES, "model", "precision", "batch", "context"),
    /** The n x n attention scores of one layer (all heads, batch), had they been materialised. */
    ATTENTION_SCORE_BYTES("attentionScoreBytes", FigureFormat.BYTES, "model", "batch", "context"),
    /** of / to, two nested figures. */
    RATIO("ratio", FigureFormat.TIMES, "of", "to");

    private final String key;
    private final FigureFormat defaultFormat;
    private final String[] settings;

    FigureQuantity(String key, FigureFormat defaultFormat, String... settings) {
        this.key = key;
        this.defaultFormat = defaultFormat;
        this.settings = settings;
    }

    /** The name used in factoids.json. */
    public String key() {
        return key;
    }

    public FigureFormat defaultFormat() {
        return defaultFormat;
    }

    /** True when this quantity reads {@code setting} (or it is one every quantity takes). */
    public boolean takes(String setting) {
        if (setting.equals("format") || setting.equals("atLeast") || setting.equals("atMost")) {
            return true;
        }
        for (String s : settings) {
            if (s.equals(setting)) {
                return true;
            }
        }
        return false;
    }

    /** The quantity named {@code key}, or null. */
    public static FigureQuantity find(String key) {
        for (FigureQuantity q : values()) {
            if (q.key.equals(key)) {
                return q;
            }
        }
        return null;
    }

    /** Every name, for problem messages. */
    public static String names() {
        StringBuilder b = new StringBuilder();
        for (FigureQuantity q : values()) {
            b.append(b.length() == 0 ? "" : ", ").append(q.key);
        }
        return b.toString();
    }
}
