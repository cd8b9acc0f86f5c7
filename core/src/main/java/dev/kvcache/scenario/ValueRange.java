package dev.kvcache.scenario;

import dev.kvcache.sim.ContextPresets;
import dev.kvcache.sim.Limits;
import dev.kvcache.sim.SimSettings;

/**
 * How far the codec lets batch and context go: the app's simulation draws at most 32 sequences and
 * contexts up to the largest preset, while the memory engine behind {@code report} answers for far
 * larger questions. The names, spellings and defaults are the same for both.
 */
public enum ValueRange {
    /** The app: what the simulation runs and draws. */
    SIMULATION(Limits.SIMULATED_MIN_CONTEXT, ContextPresets.max(), SimSettings.MAX_BATCH),
    /** The report: what the memory engine answers for. */
    ENGINE(1, Limits.MAX_CONTEXT, Limits.MAX_BATCH);

    final long minContext;
    final long maxContext;
    final long maxBatch;

    ValueRange(long minContext, long maxContext, long maxBatch) {
        this.minContext = minContext;
        this.maxContext = maxContext;
        this.maxBatch = maxBatch;
    }
}
