package dev.kvcache.sim;

/**
 * Preallocated sequence objects, reused as requests come and go so a tick allocates nothing. Three
 * per slot suffice: one running, one queued fresh, one preempted and requeued.
 */
final class SequencePool {
    private final Sequence[] free;
    private int freeCount;

    SequencePool(int slots, MemoryLayout layout, BlockMap blocks) {
        free = new Sequence[3 * slots];
        for (int i = 0; i < free.length; i++) {
            free[i] = new Sequence(layout, blocks);
        }
        freeCount = free.length;
    }

    Sequence obtain() {
        if (freeCount == 0) {
            throw new IllegalStateException("more live sequences than 3 per slot");
        }
        return free[--freeCount];
    }

    void release(Sequence sequence) {
        free[freeCount++] = sequence;
    }
}
