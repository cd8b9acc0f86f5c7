package dev.kvcache.sim;

/**
 * Read-only memory figures of the current state, in bytes for all GPUs together (divide by
 * {@link #gpuCount()} for one die's share: tensor parallelism splits everything evenly). Ask the
 * simulation for it again after a rebuild; it reads live state and allocates nothing.
 */
public final class MemoryUsage {
    /** Usage fraction from which the level is WARNING. */
    public static final double WARNING_FRACTION = 0.8;

    private final MemoryLayout layout;
    private final KvBlockAllocator allocator;
    private final GpuPool gpus;
    private final BatchScheduler scheduler;

    MemoryUsage(MemoryLayout layout, KvBlockAllocator allocator, GpuPool gpus, BatchScheduler scheduler) {
        this.layout = layout;
        this.allocator = allocator;
        this.gpus = gpus;
        this.scheduler = scheduler;
    }

    public MemoryLayout layout() {
        return layout;
    }

    public int gpuCount() {
        return gpus.count();
    }

    /** GPUs the scenario needs with every slot at the full context. */
    public int gpusNeeded() {
        return layout.gpusForFullBatch();
    }

    /** GPUs the blocks in use right now need. */
    public int gpusNeededNow() {
        return layout.gpusFor(allocator.usedBlocks());
    }

    public long capacityBytesPerGpu() {
        return layout.usableBytesPerGpu();
    }

    public long totalCapacityBytes() {
        return layout.totalBytes(gpus.count());
    }

    /** Weights, workspace, slot state region and KV blocks in use. */
    public long usedBytes() {
        return layout.usedBytes(allocator.usedBlocks(), gpus.count());
    }

    /** {@link #usedBytes()} over {@link #totalCapacityBytes()}; above 1 when even the weights do not fit. */
    public double usageFraction() {
        return (double) usedBytes() / (double) totalCapacityBytes();
    }

    /** KV bytes the sequences' tokens occupy (bytesForTokens summed over admitted sequences). */
    public long kvUsedBytes() {
        long sum = 0;
        for (int slot = 0; slot < scheduler.slotCount(); slot++) {
            sum += scheduler.inSlot(slot) == null ? 0L : scheduler.inSlot(slot).usedBytes();
        }
        return sum;
    }

    /** KV bytes set aside for admitted sequences: their blocks plus their slots' state. */
    public long kvReservedBytes() {
        long sum = 0;
        for (int slot = 0; slot < scheduler.slotCount(); slot++) {
            sum += scheduler.inSlot(slot) == null ? 0L : scheduler.inSlot(slot).reservedBytes();
        }
        return sum;
    }

    /**
     * Reserved but unused bytes of admitted sequences: the tail of each last block with paging,
     * the unused part of every region without; plus slot state not yet filled (a window not full).
     */
    public long wasteBytes() {
        return kvReservedBytes() - kvUsedBytes();
    }

    /** The part of {@link #wasteBytes()} inside the block pool (what paging is about). */
    public long blockWasteBytes() {
        long tokensCovered = 0;
        for (int slot = 0; slot < scheduler.slotCount(); slot++) {
            Sequence s = scheduler.inSlot(slot);
            if (s != null) {
                tokensCovered += allocator.blocksHeld(slot) * BlockSize.TOKENS_PER_BLOCK - s.tokens();
            }
        }
        return tokensCovered * layout.spec().growingKvBytesPerToken();
    }
}
