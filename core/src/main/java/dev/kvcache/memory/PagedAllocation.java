package dev.kvcache.memory;

/**
 * Paged (vLLM) versus contiguous KV allocation for one sequence, in tokens: paging takes
 * {@code ceil(tokens / 16)} blocks and wastes only the tail of the last one; contiguous allocation
 * reserves the maximum length up front and wastes everything not yet generated.
 */
public final class PagedAllocation {
    public static final int BLOCK_TOKENS = VllmKvGrouping.BLOCK_TOKENS;

    private PagedAllocation() {
    }

    public static long blocks(long tokens) {
        return (tokens + BLOCK_TOKENS - 1) / BLOCK_TOKENS;
    }

    /** Token slots reserved by paging: whole blocks. */
    public static long pagedSlots(long tokens) {
        return blocks(tokens) * BLOCK_TOKENS;
    }

    /** Unused slots in the last block (0 to 15). */
    public static long pagedWaste(long tokens) {
        return pagedSlots(tokens) - tokens;
    }

    /** Unused slots of a contiguous reservation of {@code maxLength} tokens. */
    public static long contiguousWaste(long tokens, long maxLength) {
        return Math.max(0, maxLength - tokens);
    }
}
