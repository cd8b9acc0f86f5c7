package dev.kvcache.sim;

/** What a {@link SimEvent} reports; the fields each type fills are listed on {@link SimEvent}. */
public enum SimEventType {
    /** The state was rebuilt (reset or a layout change): the view starts over. */
    REBUILT,
    SEQUENCE_ADMITTED,
    SEQUENCE_FINISHED,
    /** Freed and requeued to be recomputed later (vLLM's recompute policy). */
    SEQUENCE_PREEMPTED,
    /** Freed and requeued with its blocks moved to host memory, to be reloaded (KV offload). */
    SEQUENCE_OFFLOADED,
    BLOCKS_ALLOCATED,
    BLOCKS_FREED,
    THRESHOLD_CROSSED,
    GPU_COUNT_CHANGED
}
