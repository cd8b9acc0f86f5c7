package dev.kvcache.sim;

/** Where a request is in its life: queued, decoding in a slot, or done (held in its slot by static batching). */
public enum SequenceState {
    WAITING,
    RUNNING,
    FINISHED
}
