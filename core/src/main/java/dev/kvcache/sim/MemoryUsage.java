package dev.kvcache.sim;

import dev.kvcache.units.Saturating;

/**
 * Read-only memory figures of the current state. Capacity, use and the KV pool are per GPU: the
 * most loaded GPU of the layout in use, the one the die shows; the sequences' KV figures are whole
 * model (every GPU together). Ask the simulation for it again after a rebuild; it reads live state
 * and allocates nothing.
 */
public final class MemoryUsage {

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

    /** Whole-model KV blocks the pool holds now (every GPU holds its share of each). */
    public long blocksInUse() {
        return allocator.usedBlocks();
    }

    /** GPUs the blocks in use right now need. */
    public int gpusNeededNow() {
        return layout.gpusFor(allocator.usedBlocks());
    }

    public long capacityBytesPerGpu() {
        return layout.usableBytesPerGpu();
    }

    /** Weights, workspace, slot state region and this GPU's share of the KV blocks in use, bytes. */
    public long usedBytesPerGpu() {
        return layout.usedBytesPerGpu(allocator.usedBlocks(), gpus.count());
    }

    /** This GPU's share of the KV blocks in use plus every slot's state, bytes. */
    public long kvReservedBytesPerGpu() {
        int n = gpus.count();
        return Saturating.add(layout.kvBlockBytesPerGpu(allocator.usedBlocks(), n), layout.stateRegionBytesPerGpu(n));
    }

    /**
     * Memory FlashAttention saves on the GPU now: the scores the running sequences' longest context
     * would need without it, capped per GPU, and never more than the GPU has free beside them.
     */
    public long flashSavedNowBytesPerGpu() {
        int running = 0;
        long longest = 0;
        for (int slot = 0; slot < scheduler.slotCount(); slot++) {
            Sequence s = scheduler.inSlot(slot);
            if (s != null) {
                running++;
                longest = Math.max(longest, s.tokens());
            }
        }
        long saved = layout.workspaceSavedBytesPerGpu(gpus.count(), running, longest);
        return Math.min(saved, freeBytesPerGpu());
    }

    /** The GPU's share of the KV in use: its reserved KV scaled by the sequences' used fraction, bytes. */
    public long kvUsedBytesPerGpu() {
        long reserved = kvReservedBytes();
        if (reserved <= 0) {
            return 0L;
        }
        return (long) (kvReservedBytesPerGpu() * ((double) kvUsedBytes() / (double) reserved));
    }

    /** Reserved but unused KV on the GPU, bytes. */
    public long kvWasteBytesPerGpu() {
        return Math.max(0L, kvReservedBytesPerGpu() - kvUsedBytesPerGpu());
    }

    /** Free memory on the GPU, bytes (0 when it is over capacity). */
    public long freeBytesPerGpu() {
        return Math.max(0L, layout.usableBytesPerGpu() - usedBytesPerGpu());
    }

    /** {@link #usedBytesPerGpu()} over the GPU's capacity; above 1 when even the weights do not fit. */
    public double usageFraction() {
        return (double) usedBytesPerGpu() / (double) layout.usableBytesPerGpu();
    }

    /** KV bytes the sequences' tokens occupy (bytesForTokens summed over admitted sequences, shared prefixes once). */
    public long kvUsedBytes() {
        long sum = sharedPrefixBytes();
        for (int slot = 0; slot < scheduler.slotCount(); slot++) {
            sum += scheduler.inSlot(slot) == null ? 0L : scheduler.inSlot(slot).usedBytes();
        }
        return sum;
    }

    /** KV bytes set aside for admitted sequences: their blocks plus their slots' state, and the prefixes they share. */
    public long kvReservedBytes() {
        long sum = sharedPrefixBytes();
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

    /**
     * KV bytes prefix caching saves now: the running sequences' shared prefix blocks they would hold in
     * copies, less the chains that hold them once (whole model).
     */
    public long prefixSavedBytes() {
        return Saturating.multiply(allocator.prefixChains().savedBlocks(), layout.blockBytes());
    }

    /** Shared prefix blocks some running sequence uses, whole model: full blocks, so used as much as reserved. */
    private long sharedPrefixBytes() {
        return Saturating.multiply(allocator.prefixChains().usedChainBlocks(), layout.blockBytes());
    }

    /** Bytes of the cached prefix blocks no sequence uses now: evictable, counted free (whole model). */
    public long prefixEvictableBytes() {
        return Saturating.multiply(allocator.prefixChains().cachedIdleBlocks(), layout.blockBytes());
    }

    /** The part of {@link #wasteBytes()} inside the block pool (what paging is about). */
    public long blockWasteBytes() {
        long tokensCovered = 0;
        for (int slot = 0; slot < scheduler.slotCount(); slot++) {
            Sequence s = scheduler.inSlot(slot);
            if (s != null) {
                // A shared prefix's full blocks are its chain's, and full: they cover its tokens exactly.
                long blocks = allocator.blocksHeld(slot) + s.sharedBlocks();
                tokensCovered += blocks * BlockSize.TOKENS_PER_BLOCK - layout.spec().keptTokens(s.tokens());
            }
        }
        return tokensCovered * layout.spec().growingKvBytesPerToken();
    }
}
