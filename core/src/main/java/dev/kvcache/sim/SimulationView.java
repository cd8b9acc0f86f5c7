package dev.kvcache.sim;

/**
 * What views may read of a running simulation: settings, memory, blocks, slots and counts, and the
 * events to drain once a frame. No commands: views change the scenario only through the host's queue.
 */
public interface SimulationView {
    SimSettings settings();

    /** Ticks run since the last rebuild. */
    long tick();

    MemoryUsage memory();

    UsageLevel level();

    BlockMap blocks();

    /** Batch slots (the selected batch size); each holds a sequence or is empty. */
    int slotCount();

    /** The sequence in {@code slot} (0-based), or null when the slot is empty. */
    SequenceView sequenceInSlot(int slot);

    /** Tokens of the longest running sequence (0 when none runs): how far the batch has come. */
    long longestTokens();

    int waitingCount();

    /** The {@code index}-th waiting request in admission order. */
    SequenceView waiting(int index);

    AdmissionBlock admissionBlock();

    long finishedCount();

    long preemptionCount();

    /** True when a workload with a request limit has been served entirely. */
    boolean isWorkloadDone();

    /** Host memory holding offloaded KV blocks: the second tier (capacity 0 when offload is off). */
    HostTierView host();

    /** The simulated serving clock (separate from ticks and animation speed) and request timings. */
    ServingView serving();

    /** Events since the view last drained them; draining is the one thing a view does to them. */
    SimEventQueue events();
}
