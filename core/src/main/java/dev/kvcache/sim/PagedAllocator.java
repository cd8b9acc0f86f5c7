package dev.kvcache.sim;

/**
 * PagedAttention (vLLM): a slot takes blocks as it grows, one run per tick, from the oldest free
 * extent first, so slots growing in turn interleave and waste only the tail of their last block.
 */
final class PagedAllocator extends KvBlockAllocator {
    PagedAllocator(int slots, BlockListener listener) {
        super(slots, listener);
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
        if (missing > table.freeBlocks()) {
            return false;
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

    @Override
    void shrinkTo(int slot, long blocks) {
        long surplus = table.blocksOf(slot) - blocks;
        if (surplus > 0) {
            table.releaseNewest(slot, surplus, listener);
        }
    }
}
