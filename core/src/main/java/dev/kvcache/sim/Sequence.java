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
    /** Blocks of its cache waiting in host memory (KV offload) while it is out of its slot; 0 otherwise. */
    private long hostBlocks;
    /** Serving-clock stamps (seconds): derived, never read by scheduling. */
    private double arrivalSeconds;
    private double firstAdmittedSeconds;
    private double firstTokenSeconds;
    private long stepsThisTick;
    /** Shared prefix (prefix caching): its chain (-1: none), the content's epoch, its tokens. */
    private int prefixChain = -1;
    private long prefixEpoch;
    private long prefixTokens;
    /** Prompt tokens found cached at the latest admission: not prefilled. */
    private long cachedTokens;

    Sequence(MemoryLayout layout, BlockMap blocks) {
        this.layout = layout;
        this.blocks = blocks;
    }

    /** Turns this pooled object into a fresh request. */
    void request(long newId, long tick, double nowSeconds, long prompt, long target, long max) {
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
        hostBlocks = 0;
        arrivalSeconds = nowSeconds;
        firstAdmittedSeconds = Double.NaN;
        firstTokenSeconds = Double.NaN;
        stepsThisTick = 0;
        prefixChain = -1;
        prefixEpoch = 0;
        prefixTokens = 0;
        cachedTokens = 0;
    }

    /** Its prompt starts with {@code tokens} of prefix chain {@code chain}, content {@code epoch}. */
    void sharePrefix(int chain, long epoch, long tokens) {
        prefixChain = chain;
        prefixEpoch = epoch;
        prefixTokens = tokens;
    }

    /** Its shared prefix chain, or -1. */
    int prefixChain() {
        return prefixChain;
    }

    long prefixEpoch() {
        return prefixEpoch;
    }

    /** Full blocks of its shared prefix: held once in the chain, not by its slot. */
    long sharedBlocks() {
        return prefixChain < 0 ? 0L : prefixTokens / BlockSize.TOKENS_PER_BLOCK;
    }

    void setCachedTokens(long tokens) {
        cachedTokens = tokens;
    }

    /** Prompt tokens its latest admission found cached (0 without prefix caching). */
    long cachedTokens() {
        return cachedTokens;
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

    /** Stamps its first admission and first token on the serving clock (later admissions recompute, and keep both). */
    void stampAdmission(double admittedSeconds, double tokenSeconds) {
        if (firstAdmittedSeconds != firstAdmittedSeconds) {
            firstAdmittedSeconds = admittedSeconds;
            firstTokenSeconds = tokenSeconds;
        }
    }

    /** Decode steps it took in the current tick (to place its finish within the tick). */
    void setStepsThisTick(long steps) {
        stepsThisTick = steps;
    }

    long stepsThisTick() {
        return stepsThisTick;
    }

    double arrivalSeconds() {
        return arrivalSeconds;
    }

    double firstAdmittedSeconds() {
        return firstAdmittedSeconds;
    }

    double firstTokenSeconds() {
        return firstTokenSeconds;
    }

    /** Raises the target (a jump past it), and the declared maximum with it; never lowers either. */
    void raiseTarget(long value) {
        targetTokens = Math.max(targetTokens, value);
        maxTokens = Math.max(maxTokens, targetTokens);
    }

    void finish() {
        state = SequenceState.FINISHED;
    }

    /** Back to the queue with its original arrival tick, remembering its tokens to recompute them. */
    void requeue() {
        resumeTokens = tokens;
        tokens = 0;
        slot = -1;
        state = SequenceState.WAITING;
        preemptions++;
    }

    /** Its cache moved to host memory as {@code blocks} blocks (just requeued): it reloads rather than recomputes. */
    void offloaded(long blocks) {
        hostBlocks = blocks;
    }

    /** Blocks of its cache in host memory; 0 when none (it recomputes, or never left). */
    long hostBlocks() {
        return hostBlocks;
    }

    /** Its cache is back on the GPU. */
    void reloaded() {
        hostBlocks = 0;
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
        // Its shared full blocks are the chain's, counted once there.
        return slot < 0 ? 0L : Math.max(0L, layout.spec().kvBytesForTokens(tokens) - sharedBlocks() * layout.blockBytes());
    }

    @Override
    public long reservedBytes() {
        return slot < 0 ? 0L : blocks.blocksHeld(slot) * layout.blockBytes() + layout.slotStateBytes();
    }
}
