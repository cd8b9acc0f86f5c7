package dev.kvcache.sim;

/** Read-only view of one request/sequence for the view and tests; never a way to change it. */
public interface SequenceView {
    /** Unique within a run, increasing in arrival order (1, 2, 3...). */
    long id();

    /** Batch slot 0-31 while admitted (also its colour); -1 while waiting. */
    int colourSlot();

    SequenceState state();

    long arrivalTick();

    /** Tick of the latest admission; -1 before the first. */
    long admittedTick();

    long promptTokens();

    /** Tokens at which it finishes (prompt + output); unknown to a real server, known here. */
    long targetTokens();

    /**
     * The maximum length the request declares (prompt + max_tokens, a multiple of 16): what a
     * contiguous (paging off) allocator reserves for it up front. At least the target.
     */
    long maxTokens();

    /** Tokens held in the KV cache now (0 while waiting). */
    long tokens();

    /** How many times it was preempted and requeued. */
    int preemptions();

    /** KV bytes its tokens occupy: the memory engine's bytesForTokens(tokens); 0 while waiting. */
    long usedBytes();

    /** KV bytes set aside for it: its blocks plus its slot's windowed/fixed state; 0 while waiting. */
    long reservedBytes();
}
