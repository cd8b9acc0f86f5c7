package dev.kvcache.memory;

import dev.kvcache.catalog.Precision;
import dev.kvcache.sim.Eviction;
import dev.kvcache.units.Saturating;

/**
 * What KV eviction and KIVI-style quantization save on a scenario's reserved cache (the whole batch
 * at the full context, whole model), each against the same cache without it.
 */
public final class KvSavings {
    /** Tokens each sequence keeps at the full context: the context itself when nothing is evicted. */
    public final long keptTokensPerSequence;
    /** The batch's cache with every token kept minus the cache as evicted, bytes; 0 without eviction. */
    public final long evictionSavedBytes;
    /** The format the cache would take unquantized (the residual window's), or null when not quantized KIVI-style. */
    public final Precision unquantizedFormat;
    /** The batch's cache in {@link #unquantizedFormat} minus the quantized one (eviction applied to both), bytes. */
    public final long quantizationSavedBytes;

    KvSavings(Scenario s, KvFootprint kept) {
        Eviction eviction = s.settings.eviction();
        keptTokensPerSequence = eviction.keptTokens(s.context);
        long cache = batchBytes(s, kept);
        evictionSavedBytes = eviction == Eviction.NONE ? 0
                : Math.max(0, batchBytes(s, kept.evicting(Eviction.NONE)) - cache);
        if (KvQuantization.applies(s.kv)) {
            unquantizedFormat = KvQuantization.residualFormat(s.model.nativeWeights());
            KvFootprint full = KvFootprint.wholeModel(s.model, unquantizedFormat).evicting(eviction);
            quantizationSavedBytes = Math.max(0, batchBytes(s, full) - cache);
        } else {
            unquantizedFormat = null;
            quantizationSavedBytes = 0;
        }
    }

    private static long batchBytes(Scenario s, KvFootprint f) {
        return Saturating.multiply(s.batch, ScenarioFigures.sequenceBytes(s, f, s.context, 1));
    }
}
