package dev.kvcache.sim;

import dev.kvcache.units.Saturating;

/** Hand-chosen memory specs standing in for the memory engine, keyed by model id. */
final class FakeSpecs implements SpecProvider {
    static final long GB = 1_000_000_000L;
    /** An 8B-like dense model: 131,072 B/token (Llama-3.1-8B at BF16), 16 GB weights, 80 GB device. */
    static final String DENSE = "dense-8b";
    /** Sliding-window layers (window 1024) plus a few global ones, Gemma-like. */
    static final String WINDOWED = "windowed";
    /** Linear attention with fixed recurrent state plus a few full-attention layers, Qwen3-Next-like. */
    static final String HYBRID = "hybrid";
    /** Every layer windowed (Mistral-7B-v0.1-like): nothing grows with the context. */
    static final String ALL_WINDOWED = "all-windowed";

    static final String[] MODELS = {DENSE, WINDOWED, HYBRID, ALL_WINDOWED};

    /** Standard attention keeps batch x context^2 scores of 2 bytes; Flash a context-linear tile. */
    static final WorkspaceModel QUADRATIC = new WorkspaceModel() {
        @Override
        public long workspaceBytes(int batch, long contextTokens, FlashMode mode) {
            if (mode == FlashMode.FLASH) {
                return Saturating.multiply(batch, contextTokens * 64L);
            }
            return Saturating.multiply(Saturating.multiply(batch, contextTokens), contextTokens * 2L);
        }
    };

    static MemorySpec spec(String model) {
        return spec(model, Eviction.NONE);
    }

    /** The model's spec with each sequence keeping at most {@code eviction}'s tokens. */
    static MemorySpec spec(String model, Eviction eviction) {
        MemorySpec.Builder b = MemorySpec.builder().usableBytesPerGpu(80 * GB).workspace(QUADRATIC).eviction(eviction);
        if (DENSE.equals(model)) {
            return b.weightBytes(16 * GB).growingKvBytesPerToken(131_072L).build();
        }
        if (WINDOWED.equals(model)) {
            return b.weightBytes(24 * GB).growingKvBytesPerToken(32_768L).windowed(163_840L, 1024L).build();
        }
        if (HYBRID.equals(model)) {
            return b.weightBytes(160 * GB).growingKvBytesPerToken(24_576L).fixedStateBytesPerSequence(37_748_736L).build();
        }
        if (ALL_WINDOWED.equals(model)) {
            return b.weightBytes(14 * GB).windowed(131_072L, 4096L).build();
        }
        throw new IllegalArgumentException(model);
    }

    @Override
    public MemorySpec specFor(SimSettings settings) {
        return spec(settings.modelId(), settings.eviction());
    }

    static SimSettings.Builder settings(String model) {
        return SimSettings.builder().modelId(model).flash(FlashMode.FLASH);
    }

    static Simulation simulation(SimSettings settings) {
        return new Simulation(new FakeSpecs(), settings);
    }
}
