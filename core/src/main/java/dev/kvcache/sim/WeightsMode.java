package dev.kvcache.sim;

/** Whether the model's weights occupy device memory in the scenario. */
public enum WeightsMode {
    INCLUDED,
    /** Shows the KV cache alone, as if the whole device were given to it. */
    EXCLUDED
}
