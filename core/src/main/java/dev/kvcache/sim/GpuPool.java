package dev.kvcache.sim;

/**
 * The GPUs holding the scenario: a fixed count caps the KV pool; AUTO steps the count up, one
 * decision at a time, exactly when the pool needs more blocks than the current GPUs hold.
 */
final class GpuPool {
    private final GpuCount mode;
    private final MemoryLayout layout;
    private final KvBlockAllocator allocator;
    private final SimEventQueue events;
    private int count;

    /** Sizes the allocator's pool: AUTO starts with the fewest GPUs that hold the fixed reservations. */
    GpuPool(GpuCount mode, MemoryLayout layout, KvBlockAllocator allocator, SimEventQueue events) {
        this.mode = mode;
        this.layout = layout;
        this.allocator = allocator;
        this.events = events;
        count = mode.isAuto() ? layout.gpusFor(0L) : mode.fixedCount();
        allocator.reset(layout.capacityBlocks(count));
    }

    int count() {
        return count;
    }

    /**
     * Whether the pool holds {@code blocks}; in AUTO, adds the fewest GPUs that make it so, but
     * never more than the scenario needs with every slot at full context: without paging a request
     * that finds no hole large enough waits (fragmentation), as a fixed deployment would, instead of
     * buying GPUs beyond the count every panel shows as needed.
     */
    boolean ensureCapacity(long blocks, long tick) {
        if (allocator.capacityBlocks() >= blocks) {
            return true;
        }
        int ceiling = layout.gpusForFullBatch();
        if (!mode.isAuto() || count >= ceiling) {
            return false;
        }
        int needed = Math.min(ceiling, layout.gpusFor(blocks, count + 1));
        if (needed > count) {
            events.add(SimEventType.GPU_COUNT_CHANGED, tick).change(count, needed);
            count = needed;
            allocator.extendTo(layout.capacityBlocks(count));
        }
        return allocator.capacityBlocks() >= blocks;
    }
}
