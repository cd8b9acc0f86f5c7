package dev.kvcache.sim;

/**
 * Events since the last drain, in order, in reused objects: no allocation per tick once the queue
 * has grown to what a frame produces. Past {@link #MAX_PENDING} undrained events the newest are
 * dropped and counted, so a view that never drains cannot exhaust memory.
 */
public final class SimEventQueue {
    /** 65,536 events: 100 ticks a frame (100x) x ~600 events a tick. */
    public static final int MAX_PENDING = 1 << 16;
    /**
     * Preallocated events (about 200 KB): a tick at batch 32 reports up to ~3,000 (a finished
     * sequence frees each of its extents), so growing later would allocate mid-run.
     */
    private static final int INITIAL_CAPACITY = 4096;

    private final SimEvent overflow = new SimEvent();
    private SimEvent[] events = new SimEvent[0];
    private int size;
    private long dropped;

    public SimEventQueue() {
        grow();
    }

    /** A reused event to fill in; a scratch object when the queue is full. */
    SimEvent add(SimEventType type, long tick) {
        return next().set(type, tick);
    }

    /** A block event ({@link SimEvent#setBlocks}), stored straight into its reused object. */
    void addBlocks(SimEventType type, long tick, long sequenceId, int slot, long startBlock, long blockCount) {
        next().setBlocks(type, tick, sequenceId, slot, startBlock, blockCount);
    }

    /** The next reused event, or the scratch one (counted as dropped) when the queue is full. */
    private SimEvent next() {
        if (size == events.length) {
            if (size == MAX_PENDING) {
                dropped++;
                return overflow;
            }
            grow();
        }
        return events[size++];
    }

    public int size() {
        return size;
    }

    /** The {@code index}-th pending event, oldest first; valid until the next drain or clear. */
    public SimEvent get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("event " + index + " of " + size);
        }
        return events[index];
    }

    /** Hands every pending event to {@code listener}, oldest first, then empties the queue. */
    public void drain(SimEventListener listener) {
        for (int i = 0; i < size; i++) {
            listener.onEvent(events[i]);
        }
        size = 0;
    }

    public void clear() {
        size = 0;
    }

    /** Events dropped since the simulation was created because nobody drained them. */
    public long droppedCount() {
        return dropped;
    }

    private void grow() {
        int capacity = Math.min(MAX_PENDING, Math.max(INITIAL_CAPACITY, events.length * 2));
        SimEvent[] bigger = new SimEvent[capacity];
        System.arraycopy(events, 0, bigger, 0, size);
        for (int i = size; i < capacity; i++) {
            bigger[i] = new SimEvent();
        }
        events = bigger;
    }
}
