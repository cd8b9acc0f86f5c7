package dev.kvcache.sim;

import dev.kvcache.units.Saturating;

/**
 * The second tier of KV offload: host memory holding preempted sequences' blocks until they return.
 * It holds whole sequences only (a cache that does not fit whole is recomputed, as before), never
 * more than its capacity, and counts what crosses the link. Capacity follows the GPUs in use: each
 * brings {@link Offload#bytesPerGpu()} of host memory, split into blocks as its HBM pool is.
 */
final class HostTier implements HostTierView {
    private final long bytesPerGpu;
    private final MemoryLayout layout;
    private long capacityBlocks;
    private long blockBytesPerGpu;
    private long usedBlocks;
    private long offloads;
    private long offloadedBlocks;
    private long reloads;
    private long reloadedBlocks;

    HostTier(Offload offload, MemoryLayout layout, int gpus) {
        this.bytesPerGpu = offload.bytesPerGpu();
        this.layout = layout;
        follow(gpus);
    }

    /** Sizes the tier for {@code gpus} GPUs; a run's GPU count only grows, so capacity never shrinks below use. */
    void follow(int gpus) {
        blockBytesPerGpu = layout.blockBytesPerGpu(gpus);
        if (bytesPerGpu == 0) {
            capacityBlocks = 0;
        } else if (blockBytesPerGpu == 0) {
            // Every layer windowed: blocks cost nothing, so the host holds any number of them.
            capacityBlocks = Saturating.CAP;
        } else {
            capacityBlocks = Saturating.multiply(bytesPerGpu / blockBytesPerGpu, layout.blockGroups(gpus));
        }
        capacityBlocks = Math.max(capacityBlocks, usedBlocks);
    }

    /** Takes a sequence's {@code blocks} if they all fit; false (nothing taken) otherwise. */
    boolean moveOut(long blocks) {
        if (blocks <= 0 || blocks > capacityBlocks - usedBlocks) {
            return false;
        }
        usedBlocks += blocks;
        offloads++;
        offloadedBlocks += blocks;
        return true;
    }

    /** Gives back a returning sequence's {@code blocks}, reloaded over the link. */
    void moveIn(long blocks) {
        if (blocks > usedBlocks) {
            throw new IllegalStateException("reloading " + blocks + " blocks, host holds " + usedBlocks);
        }
        usedBlocks -= blocks;
        reloads++;
        reloadedBlocks += blocks;
    }

    /** Bytes on one GPU of {@code blocks} whole-model blocks: what one GPU's link carries for them. */
    long bytesPerGpuOf(long blocks, int gpus) {
        return layout.kvBlockBytesPerGpu(blocks, gpus);
    }

    @Override
    public long capacityBlocks() {
        return capacityBlocks;
    }

    @Override
    public long usedBlocks() {
        return usedBlocks;
    }

    @Override
    public long offloads() {
        return offloads;
    }

    @Override
    public long offloadedBlocks() {
        return offloadedBlocks;
    }

    @Override
    public long reloads() {
        return reloads;
    }

    @Override
    public long reloadedBlocks() {
        return reloadedBlocks;
    }

    @Override
    public long blockBytesPerGpu() {
        return blockBytesPerGpu;
    }
}
