package dev.kvcache.sim;

/** Told of every run of blocks that changes hands, so the simulation can report it as an event. */
interface BlockListener {
    void blocksAllocated(int slot, long startBlock, long blockCount);

    void blocksFreed(int slot, long startBlock, long blockCount);
}
