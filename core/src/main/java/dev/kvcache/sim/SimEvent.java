package dev.kvcache.sim;

/**
 * One thing that happened in a tick, for the view. Objects are reused by {@link SimEventQueue}:
 * read them while draining, never keep them.
 *
 * <p>Sequence events fill {@code sequenceId} and {@code slot}; block events also {@code startBlock}
 * and {@code blockCount}; THRESHOLD_CROSSED fills {@link #previousLevel()} and {@link #level()};
 * GPU_COUNT_CHANGED fills {@link #previousGpuCount()} and {@link #gpuCount()}.
 */
public final class SimEvent {
    /** {@code values()} copies its array on every call; read levels from one copy. */
    private static final UsageLevel[] LEVELS = UsageLevel.values();

    private SimEventType type = SimEventType.REBUILT;
    private long tick;
    private long sequenceId;
    private int slot;
    private long startBlock;
    private long blockCount;
    private long previousValue;
    private long value;

    SimEvent set(SimEventType newType, long newTick) {
        type = newType;
        tick = newTick;
        sequenceId = 0;
        slot = -1;
        startBlock = 0;
        blockCount = 0;
        previousValue = 0;
        value = 0;
        return this;
    }

    /**
     * A block event in one pass: the two or three calls of {@link #set} and its setters store most
     * fields twice, for the thousands of block events a tick at batch 32 reports.
     */
    void setBlocks(SimEventType newType, long newTick, long id, int slotIndex, long start, long count) {
        type = newType;
        tick = newTick;
        sequenceId = id;
        slot = slotIndex;
        startBlock = start;
        blockCount = count;
        previousValue = 0;
        value = 0;
    }

    SimEvent sequence(long id, int slotIndex) {
        sequenceId = id;
        slot = slotIndex;
        return this;
    }

    SimEvent change(long previous, long current) {
        previousValue = previous;
        value = current;
        return this;
    }

    public SimEventType type() {
        return type;
    }

    /** The tick during which it happened (commands between ticks report the next tick). */
    public long tick() {
        return tick;
    }

    public long sequenceId() {
        return sequenceId;
    }

    /** Batch slot (colour) 0-31, or -1. */
    public int slot() {
        return slot;
    }

    public long startBlock() {
        return startBlock;
    }

    public long blockCount() {
        return blockCount;
    }

    public UsageLevel previousLevel() {
        return LEVELS[(int) previousValue];
    }

    public UsageLevel level() {
        return LEVELS[(int) value];
    }

    public int previousGpuCount() {
        return (int) previousValue;
    }

    public int gpuCount() {
        return (int) value;
    }

    @Override
    public String toString() {
        return type + "@" + tick + " seq=" + sequenceId + " slot=" + slot + " blocks=" + startBlock + "+"
                + blockCount + " " + previousValue + "->" + value;
    }
}
