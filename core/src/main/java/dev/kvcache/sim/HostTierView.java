package dev.kvcache.sim;

/**
 * What views may read of the second tier (KV offload): its capacity and fill in whole-model blocks,
 * and what has crossed the link since the run began. Capacity 0 when offload is off.
 */
public interface HostTierView {
    /** Blocks the host memory of every GPU in use holds together; 0 when offload is off. */
    long capacityBlocks();

    /** Blocks held there now: the caches of preempted sequences waiting to return. */
    long usedBlocks();

    /** Sequences moved out instead of being preempted for recompute (recomputes avoided). */
    long offloads();

    /** Blocks moved out in all. */
    long offloadedBlocks();

    /** Sequences that came back and reloaded their cache over the link. */
    long reloads();

    /** Blocks reloaded in all. */
    long reloadedBlocks();

    /** Bytes of one block on one GPU (a whole-model block split over the GPUs that hold it). */
    long blockBytesPerGpu();
}
