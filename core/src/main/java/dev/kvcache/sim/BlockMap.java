package dev.kvcache.sim;

/** Read-only view of the KV block pool for the view: capacity, use, and extents in address order. */
public interface BlockMap {
    PagingMode paging();

    long capacityBlocks();

    long usedBlocks();

    long freeBlocks();

    /** Blocks held by batch slot {@code slot} (0-31): its pages, or its whole reservation with paging off. */
    long blocksHeld(int slot);

    /** Extents in the pool now (owned and free); the cost of one {@link #visitExtents} walk. */
    int extentCount();

    /** The whole pool in address order, free extents included: one pass draws every memory bank. */
    void visitExtents(ExtentVisitor visitor);

    /** Shared prefix chains (prefix caching); {@link PrefixCacheView#NONE} when it is off. */
    PrefixCacheView prefixChains();

    /**
     * The prefix chain an extent's owner stands for, or -1 for a batch slot or free memory: shared
     * prefix blocks are owned by chains, numbered after the slots.
     */
    int chainOf(int owner);

    /** The extents of one slot, in the order it took them. */
    void visitExtentsOf(int slot, ExtentVisitor visitor);
}
