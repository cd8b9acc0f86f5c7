package dev.kvcache.catalog;

/**
 * What a scenario is when nothing says otherwise, for the app, its links and the {@code report}
 * command alike: a popular model on the most common serving GPU, batch 8 at 128K, the model's own
 * weight format. It lives in catalog, the lowest package, so that the simulation's settings and the
 * memory engine's scenario both read it.
 */
public final class ScenarioDefaults {
    /** The model shown at first start. */
    public static final String MODEL = "llama-3.1-8b";
    /** The device shown at first start. */
    public static final String DEVICE = "h100";
    /** Concurrent sequences. */
    public static final int BATCH = 8;
    /** Context in tokens: 128K as model cards count it. */
    public static final long CONTEXT_TOKENS = 131_072L;

    private ScenarioDefaults() {
    }

    /** The weight format a model starts in: the one its checkpoint ships in (MXFP4 for gpt-oss). */
    public static Precision weights(ModelSpec model) {
        return model.nativeWeights();
    }

    /**
     * The KV-cache format that goes with {@code weights}: the same format, or BF16 when the weights
     * are in a format the KV cache cannot take (MXFP4).
     */
    public static Precision kv(Precision weights) {
        return weights.allowedForKvCache() ? weights : Precision.BF16;
    }
}
