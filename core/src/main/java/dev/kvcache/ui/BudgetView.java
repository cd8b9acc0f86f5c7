package dev.kvcache.ui;

/** Which ledger the memory budget bar shows. */
public enum BudgetView {
    /** Serving: weights, KV cache, attention workspace and free memory on one GPU, live. */
    SERVING,
    /** Training the same model: weights, gradients, Adam's moments, activations. */
    TRAINING;

    public BudgetView other() {
        return this == SERVING ? TRAINING : SERVING;
    }
}
