package dev.kvcache.sim;

/** Requests waiting for a slot, in admission order: FIFO by arrival tick, then id (preempted ones keep their place). */
final class WaitingQueue {
    private final Sequence[] queue;
    private int size;

    WaitingQueue(int capacity) {
        queue = new Sequence[capacity];
    }

    int size() {
        return size;
    }

    Sequence get(int index) {
        return queue[index];
    }

    /** Blocks the waiting sequences hold in host memory (KV offload), summed. */
    long hostBlocks() {
        long sum = 0;
        for (int i = 0; i < size; i++) {
            sum += queue[i].hostBlocks();
        }
        return sum;
    }

    Sequence peek() {
        return queue[0];
    }

    /** Inserts in order; at most {@code capacity} entries (3 per batch slot, see {@link SequencePool}). */
    void add(Sequence sequence) {
        int i = size;
        while (i > 0 && comesBefore(sequence, queue[i - 1])) {
            queue[i] = queue[i - 1];
            i--;
        }
        queue[i] = sequence;
        size++;
    }

    Sequence poll() {
        Sequence head = queue[0];
        System.arraycopy(queue, 1, queue, 0, size - 1);
        queue[--size] = null;
        return head;
    }

    private static boolean comesBefore(Sequence a, Sequence b) {
        if (a.arrivalTick() != b.arrivalTick()) {
            return a.arrivalTick() < b.arrivalTick();
        }
        return a.id() < b.id();
    }
}
