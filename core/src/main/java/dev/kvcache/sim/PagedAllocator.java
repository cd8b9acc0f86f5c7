package dev.kvcache.sim;

/**
 * PagedAttention (vLLM): a slot takes blocks as it grows, one run per tick, from the oldest free
 * extent first, so slots growing in turn interleave and waste only the tail of their last block.
 */
final class PagedAllocator extends KvBlockAllocator {
    PagedAllocator(int slots, BlockListener listener) {
        this(slots, 0, listener);
    }

    PagedAllocator(int slots, int prefixChains, BlockListener listener) {
        super(slots, prefixChains, listener);
    }

    @Override
    public PagingMode paging() {
        return PagingMode.PAGED;
    }

    @Override
    boolean admit(int slot, long startBlocks, long maxBlocks) {
        return growTo(slot, startBlocks);
    }

    @Override
    long capacityToAdmit(long startBlocks, long maxBlocks) {
        return usedBlocks() + startBlocks;
    }

    @Override
    AdmissionBlock refusal(long startBlocks, long maxBlocks) {
        return AdmissionBlock.NO_MEMORY;
    }

    @Override
    boolean growTo(int slot, long blocks) {
        long missing = blocks - table.blocksOf(slot);
        if (missing > freeBlocks()) {
            return false;
        }
        if (prefix != null && missing > 0) {
            prefix.evictFor(missing);
        }
        while (missing > 0) {
            int node = table.oldestFree();
            long run = Math.min(missing, table.length(node));
            long first = table.take(node, run, slot);
            listener.blocksAllocated(slot, first, run);
            missing -= run;
        }
        return true;
    }

    @Override
    long capacityToGrow(int slot, long blocks) {
        return usedBlocks() + Math.max(0L, blocks - table.blocksOf(slot));
    }

    /**
     * Admits {@code slot} sharing prefix chain {@code chain} (content of {@code epoch}): the chain
     * grows to {@code prefixBlocks} if it holds fewer (the blocks this request prefills for later
     * ones), the slot takes {@code ownBlocks}. Returns the prefix blocks found cached, or -1 (nothing
     * taken) if they do not fit.
     */
    long admitSharing(int slot, int chain, long epoch, long prefixBlocks, long ownBlocks) {
        long cached = Math.min(prefix.cachedBlocks(chain, epoch), prefixBlocks);
        long needed = prefixBlocks - cached + ownBlocks;
        if (needed > freeBlocks() - prefix.reclaimedBy(chain, epoch)) {
            return -1;
        }
        prefix.attach(chain, epoch, prefixBlocks);
        int owner = prefix.owner(chain);
        growTo(owner, Math.max(prefixBlocks, table.blocksOf(owner)));
        growTo(slot, ownBlocks);
        return cached;
    }

    /** The pool capacity at which {@link #admitSharing} would succeed. */
    long capacityToAdmitSharing(int chain, long epoch, long prefixBlocks, long ownBlocks) {
        long cached = Math.min(prefix.cachedBlocks(chain, epoch), prefixBlocks);
        return usedBlocks() + prefix.reclaimedBy(chain, epoch) + prefixBlocks - cached + ownBlocks;
    }

    /** Frees {@code slot}'s own blocks and counts it out of chain {@code chain} ({@code prefixBlocks} shared). */
    void releaseSharing(int slot, int chain, long prefixBlocks) {
        release(slot);
        prefix.detach(chain, prefixBlocks);
    }

    @Override
    void shrinkTo(int slot, long blocks) {
        long surplus = table.blocksOf(slot) - blocks;
        if (surplus > 0) {
            table.releaseNewest(slot, surplus, listener);
        }
    }
}
