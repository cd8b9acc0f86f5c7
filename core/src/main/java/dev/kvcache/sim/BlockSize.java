package dev.kvcache.sim;

import dev.kvcache.units.Saturating;

/** The KV block granularity shared by the allocators and the byte arithmetic. */
public final class BlockSize {
    /** Tokens per block, as in vLLM's PagedAttention default (SOSP'23). */
    public static final long TOKENS_PER_BLOCK = 16L;

    private BlockSize() {
    }

    /** Blocks covering {@code tokens}: tokens rounded up to a whole block. */
    public static long blocksFor(long tokens) {
        return Saturating.ceilDiv(tokens, TOKENS_PER_BLOCK);
    }
}
