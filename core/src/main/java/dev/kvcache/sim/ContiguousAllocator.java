package dev.kvcache.sim;

/**
 * Paging off: a slot reserves one contiguous region for the maximum length when admitted (first fit
 * in address order); the unused part of every region is waste, and a request that finds no hole
 * large enough waits even when enough memory is free in total.
 */
final class ContiguousAllocator extends KvBlockAllocator {
    ContiguousAllocator(int slots, BlockListener listener) {
        super(slots, 0, listener);
    }

    @Override
    public PagingMode paging() {
        return PagingMode.CONTIGUOUS;
    }

    /** Reserves the region for the maximum length, whatever the sequence starts with. */
    @Override
    boolean admit(int slot, long startBlocks, long maxBlocks) {
        int hole = table.firstFit(maxBlocks);
        if (hole < 0) {
            return false;
        }
        long first = table.take(hole, maxBlocks, slot);
        listener.blocksAllocated(slot, first, maxBlocks);
        return true;
    }

    /** Capacity at which the free tail of the address space becomes a large enough hole. */
    @Override
    long capacityToAdmit(long startBlocks, long maxBlocks) {
        if (table.firstFit(maxBlocks) >= 0) {
            return table.capacity();
        }
        return table.capacity() - table.freeAtEnd() + maxBlocks;
    }

    @Override
    AdmissionBlock refusal(long startBlocks, long maxBlocks) {
        return table.freeBlocks() >= maxBlocks ? AdmissionBlock.NO_CONTIGUOUS_HOLE : AdmissionBlock.NO_MEMORY;
    }

    /** Growth stays inside the reservation, which already covers the maximum length. */
    @Override
    boolean growTo(int slot, long blocks) {
        return blocks <= table.blocksOf(slot);
    }

    @Override
    long capacityToGrow(int slot, long blocks) {
        return table.capacity();
    }

    /** The reservation is kept for the maximum length; shrinking the sequence leaves it whole. */
    @Override
    void shrinkTo(int slot, long blocks) {
        // Nothing to free: the region stays reserved until the sequence leaves.
    }
}
