package dev.kvcache.sim;

/** One request and, once admitted, its sequence in a batch slot; mutated only by the scheduler. */
final class Sequence implements SequenceView {
    private final MemoryLayout layout;
    private final BlockMap blocks;

    private long id;
    private int slot = -1;
    private SequenceState state = SequenceState.WAITING;
    private long arrivalTick;
    private long admittedTick = -1;
    private long admissionOrder;
    private long promptTokens;
    private long targetTokens;
    private long maxTokens;
    private long tokens;
    private long resumeTokens;
    private int preemptions;
    private boolean preemptPending;

    Sequence(MemoryLayout layout, BlockMap blocks) {
        this.layout = layout;
        this.blocks = blocks;
    }

    /** Turns this pooled object into a fresh request. */
    void request(long newId, long tick, long prompt, long target, long max) {
        id = newId;
        slot = -1;
        state = SequenceState.WAITING;
        arrivalTick = tick;
        admittedTick = -1;
        admissionOrder = 0;
        promptTokens = prompt;
        targetTokens = target;
        maxTokens = max;
        tokens = 0;
        resumeTokens = 0;
        preemptions = 0;
        preemptPending = false;
    }

    /** Tokens it holds once admitted: its prompt, or after a preemption everything it had (recompute). */
    long startTokens() {
        return resumeTokens > 0 ? resumeTokens : promptTokens;
    }

    void admit(int newSlot, long tick, long order) {
        slot = newSlot;
        state = SequenceState.RUNNING;
        admittedTick = tick;
        admissionOrder = order;
        tokens = startTokens();
    }

    void setTokens(long value) {
        tokens = value;
    }

    /** Raises the target (a jump past it), and the declared maximum with it; never lowers either. */
    void raiseTarget(long value) {
        targetTokens = Math.max(targetTokens, value);
        maxTokens = Math.max(maxTokens, targetTokens);
    }

    void finish() {
        state = SequenceState.FINISHED;
        preemptPending = false;
    }

    void markForPreemption() {
        preemptPending = true;
    }

    boolean isPreemptPending() {
        return preemptPending;
    }

    /** Back to the queue with its original arrival tick, remembering its tokens to recompute them. */
    void requeue() {
        resumeTokens = tokens;
        tokens = 0;
        slot = -1;
        state = SequenceState.WAITING;
        preemptions++;
        preemptPending = false;
    }

    long admissionOrder() {
        return admissionOrder;
    }

    long resumeTokens() {
        return resumeTokens;
    }

    boolean isDone() {
        return tokens >= targetTokens;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public int colourSlot() {
        return slot;
    }

    @Override
    public SequenceState state() {
        return state;
    }

    @Override
    public long arrivalTick() {
        return arrivalTick;
    }

    @Override
    public long admittedTick() {
        return admittedTick;
    }

    @Override
    public long promptTokens() {
        return promptTokens;
    }

    @Override
    public long targetTokens() {
        return targetTokens;
    }

    @Override
    public long maxTokens() {
        return maxTokens;
    }

    @Override
    public long tokens() {
        return tokens;
    }

    @Override
    public int preemptions() {
        return preemptions;
    }

    @Override
    public long usedBytes() {
        return slot < 0 ? 0L : layout.spec().kvBytesForTokens(tokens);
    }

    @Override
    public long reservedBytes() {
        return slot < 0 ? 0L : blocks.blocksHeld(slot) * layout.blockBytes() + layout.slotStateBytes();
    }
}
