package dev.kvcache.sim;

/** What a {@link SimEvent} reports; the fields each type fills are listed on {@link SimEvent}. */
public enum SimEventType {
    /** The state was rebuilt (reset or a layout change): the view starts over. */
    REBUILT,
    SEQUENCE_ADMITTED,
    SEQUENCE_FINISHED,
    /** Freed and requeued to be recomputed later (vLLM's recompute policy). */
    SEQUENCE_PREEMPTED,
    BLOCKS_ALLOCATED,
    BLOCKS_FREED,
    THRESHOLD_CROSSED,
    GPU_COUNT_CHANGED
}
