package dev.kvcache.sim;

/** Why the head of the waiting queue was not admitted in the last tick, for the view to explain. */
public enum AdmissionBlock {
    /** Nothing waited, or everything that waited was admitted. */
    NONE,
    /** Every slot is busy (or, with static batching, the current batch has not finished). */
    NO_FREE_SLOT,
    /** Fewer free blocks than the request needs. */
    NO_MEMORY,
    /** Paging off: enough memory is free in total, but no single hole is large enough. */
    NO_CONTIGUOUS_HOLE
}
