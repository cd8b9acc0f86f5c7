package dev.kvcache.sim;

/** Receives extents of the KV block pool, e.g. to draw memory banks; implement once, reuse every frame. */
public interface ExtentVisitor {
    /** Owner value of a free extent. */
    int FREE = -1;

    /** Blocks {@code [startBlock, startBlock + blockCount)} owned by slot {@code owner} (or {@link #FREE}). */
    void extent(int owner, long startBlock, long blockCount);
}
