package dev.kvcache.sim;

/** How the scheduler refills the batch: all together (static) or slot by slot (Orca, OSDI'22). */
public enum BatchingMode {
    /** The batch starts together; every slot is held until the longest sequence finishes. */
    STATIC,
    /** A finished sequence leaves at once and a waiting request takes its slot mid-flight. */
    CONTINUOUS
}
