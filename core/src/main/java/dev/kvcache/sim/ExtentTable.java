package dev.kvcache.sim;

/**
 * The KV block pool as address-ordered extents, each owned by one slot or free, with O(1) split and
 * merge: never an array per block or per token (100M tokens are 6.25M blocks per sequence).
 *
 * <p>Nodes live in parallel arrays indexed by int (no object per extent, no allocation once the
 * arrays have grown). Each node sits on two doubly linked lists: the address list (the whole pool,
 * in order, adjacent free extents always merged) and its owner's chain (an owner's extents in the
 * order it took them; the free chain is the FIFO free queue, oldest freed first, as vLLM's
 * {@code FreeKVCacheBlockQueue}).
 */
final class ExtentTable {
    private static final int NIL = -1;

    private final int freeChain;
    private final int[] chainHead;
    private final int[] chainTail;
    private final long[] chainBlocks;
    private final int[] chainExtents;

    private long[] start = new long[64];
    private long[] length = new long[64];
    private int[] owner = new int[64];
    private int[] addrPrev = new int[64];
    private int[] addrNext = new int[64];
    private int[] chainPrev = new int[64];
    private int[] chainNext = new int[64];
    private int[] spare = new int[64];
    private int spareCount;
    private int nodesCreated;

    private int addrHead = NIL;
    private int addrTail = NIL;
    private long capacity;
    private int extentCount;

    /** A table for owners {@code 0..owners-1}; chain {@code owners} is the free queue. */
    ExtentTable(int owners) {
        freeChain = owners;
        chainHead = new int[owners + 1];
        chainTail = new int[owners + 1];
        chainBlocks = new long[owners + 1];
        chainExtents = new int[owners + 1];
        reset(0L);
    }

    /** Forgets every extent: the whole pool of {@code capacityBlocks} is one free extent. */
    void reset(long capacityBlocks) {
        for (int c = 0; c <= freeChain; c++) {
            chainHead[c] = NIL;
            chainTail[c] = NIL;
            chainBlocks[c] = 0L;
            chainExtents[c] = 0;
        }
        spareCount = 0;
        nodesCreated = 0;
        addrHead = NIL;
        addrTail = NIL;
        extentCount = 0;
        capacity = 0L;
        extendTo(capacityBlocks);
    }

    /** Grows the pool to {@code capacityBlocks}: the new blocks join the free tail of the address space. */
    void extendTo(long capacityBlocks) {
        long added = capacityBlocks - capacity;
        if (added <= 0) {
            return;
        }
        if (addrTail != NIL && owner[addrTail] == freeChain) {
            length[addrTail] += added;
        } else {
            int node = newNode(capacity, added, freeChain);
            linkAddressAfter(addrTail, node);
            appendToChain(node);
        }
        chainBlocks[freeChain] += added;
        capacity = capacityBlocks;
    }

    long capacity() {
        return capacity;
    }

    long freeBlocks() {
        return chainBlocks[freeChain];
    }

    long blocksOf(int slot) {
        return chainBlocks[slot];
    }

    int extentCount() {
        return extentCount;
    }

    /** The oldest free extent (head of the FIFO free queue), or -1 when the pool is full. */
    int oldestFree() {
        return chainHead[freeChain];
    }

    /** The lowest-addressed free extent of at least {@code blocks}, or -1 (free extents are maximal). */
    int firstFit(long blocks) {
        for (int n = addrHead; n != NIL; n = addrNext[n]) {
            if (owner[n] == freeChain && length[n] >= blocks) {
                return n;
            }
        }
        return NIL;
    }

    /** Free blocks at the very end of the address space (where growing the pool adds more). */
    long freeAtEnd() {
        return addrTail != NIL && owner[addrTail] == freeChain ? length[addrTail] : 0L;
    }

    long length(int node) {
        return length[node];
    }

    /**
     * Gives the first {@code blocks} of free extent {@code node} to {@code slot}; returns their
     * start block. Joins the slot's extent just below when there is one.
     */
    long take(int node, long blocks, int slot) {
        long first = start[node];
        int below = addrPrev[node];
        if (blocks == length[node]) {
            moveToChain(node, slot);
            mergeIntoBelow(node);
        } else {
            if (below != NIL && owner[below] == slot) {
                length[below] += blocks;
            } else {
                int taken = newNode(first, blocks, slot);
                linkAddressAfter(below, taken);
                appendToChain(taken);
            }
            start[node] += blocks;
            length[node] -= blocks;
        }
        chainBlocks[freeChain] -= blocks;
        chainBlocks[slot] += blocks;
        return first;
    }

    /** Frees every extent of {@code slot}, oldest first, telling {@code listener} of each. */
    void releaseAll(int slot, BlockListener listener) {
        while (chainHead[slot] != NIL) {
            int node = chainHead[slot];
            listener.blocksFreed(slot, start[node], length[node]);
            freeNode(node, slot);
        }
    }

    /** Frees the last-taken {@code blocks} of {@code slot}, telling {@code listener} of each run. */
    void releaseNewest(int slot, long blocks, BlockListener listener) {
        long remaining = blocks;
        while (remaining > 0) {
            int node = chainTail[slot];
            if (length[node] <= remaining) {
                remaining -= length[node];
                listener.blocksFreed(slot, start[node], length[node]);
                freeNode(node, slot);
            } else {
                // Split: keep the low part, free the top `remaining` blocks of this extent.
                length[node] -= remaining;
                chainBlocks[slot] -= remaining;
                int freed = newNode(start[node] + length[node], remaining, freeChain);
                linkAddressAfter(node, freed);
                appendToChain(freed);
                chainBlocks[freeChain] += remaining;
                listener.blocksFreed(slot, start[freed], remaining);
                mergeFreeNeighbours(freed);
                remaining = 0;
            }
        }
    }

    /** Visits the whole pool in address order, free extents as {@link ExtentVisitor#FREE}. */
    void visit(ExtentVisitor visitor) {
        for (int n = addrHead; n != NIL; n = addrNext[n]) {
            visitor.extent(owner[n] == freeChain ? ExtentVisitor.FREE : owner[n], start[n], length[n]);
        }
    }

    /** Visits the extents of {@code slot} in the order it took them. */
    void visitOwner(int slot, ExtentVisitor visitor) {
        for (int n = chainHead[slot]; n != NIL; n = chainNext[n]) {
            visitor.extent(slot, start[n], length[n]);
        }
    }

    /**
     * Checks the structure: extents tile {@code [0, capacity)} with no gap or overlap (so no block
     * is owned twice), no two adjacent free extents, chain totals match. Returns a problem or null.
     * For tests: walks everything and allocates.
     */
    String checkInvariants() {
        long expectedStart = 0L;
        long[] blocksSeen = new long[freeChain + 1];
        int[] extentsSeen = new int[freeChain + 1];
        int count = 0;
        int previous = NIL;
        for (int n = addrHead; n != NIL; n = addrNext[n]) {
            if (start[n] != expectedStart || length[n] <= 0) {
                return "extent " + start[n] + "+" + length[n] + " does not follow block " + expectedStart;
            }
            if (addrPrev[n] != previous) {
                return "broken address links at block " + start[n];
            }
            if (previous != NIL && owner[previous] == freeChain && owner[n] == freeChain) {
                return "adjacent free extents at block " + start[n];
            }
            blocksSeen[owner[n]] += length[n];
            extentsSeen[owner[n]]++;
            expectedStart += length[n];
            count++;
            previous = n;
        }
        if (expectedStart != capacity || count != extentCount) {
            return "extents cover " + expectedStart + " of " + capacity + " blocks";
        }
        for (int c = 0; c <= freeChain; c++) {
            int chained = 0;
            for (int n = chainHead[c]; n != NIL; n = chainNext[n]) {
                if (owner[n] != c) {
                    return "extent at block " + start[n] + " chained under the wrong owner";
                }
                chained++;
            }
            if (blocksSeen[c] != chainBlocks[c] || extentsSeen[c] != chainExtents[c] || chained != extentsSeen[c]) {
                return "owner " + c + " counts " + chainBlocks[c] + " blocks but holds " + blocksSeen[c];
            }
        }
        return null;
    }

    private void freeNode(int node, int slot) {
        long blocks = length[node];
        moveToChain(node, freeChain);
        chainBlocks[slot] -= blocks;
        chainBlocks[freeChain] += blocks;
        mergeFreeNeighbours(node);
    }

    /**
     * Merges a just-freed node (at the queue's tail) with free neighbours; the merged extent keeps
     * the neighbour's place in the queue, which is older.
     */
    private void mergeFreeNeighbours(int node) {
        int survivor = node;
        int above = addrNext[node];
        if (above != NIL && owner[above] == freeChain) {
            start[above] = start[node];
            length[above] += length[node];
            removeNode(node);
            survivor = above;
        }
        mergeIntoBelow(survivor);
    }

    /** Folds {@code node} into the extent just below it when both have the same owner. */
    private void mergeIntoBelow(int node) {
        int below = addrPrev[node];
        if (below != NIL && owner[below] == owner[node]) {
            length[below] += length[node];
            removeNode(node);
        }
    }

    private void moveToChain(int node, int chain) {
        unlinkFromChain(node);
        owner[node] = chain;
        appendToChain(node);
    }

    private void removeNode(int node) {
        unlinkFromChain(node);
        int prev = addrPrev[node];
        int next = addrNext[node];
        if (prev == NIL) {
            addrHead = next;
        } else {
            addrNext[prev] = next;
        }
        if (next == NIL) {
            addrTail = prev;
        } else {
            addrPrev[next] = prev;
        }
        extentCount--;
        spare[spareCount++] = node;
    }

    private void appendToChain(int node) {
        int c = owner[node];
        chainPrev[node] = chainTail[c];
        chainNext[node] = NIL;
        if (chainTail[c] == NIL) {
            chainHead[c] = node;
        } else {
            chainNext[chainTail[c]] = node;
        }
        chainTail[c] = node;
        chainExtents[c]++;
    }

    private void unlinkFromChain(int node) {
        int c = owner[node];
        int prev = chainPrev[node];
        int next = chainNext[node];
        if (prev == NIL) {
            chainHead[c] = next;
        } else {
            chainNext[prev] = next;
        }
        if (next == NIL) {
            chainTail[c] = prev;
        } else {
            chainPrev[next] = prev;
        }
        chainExtents[c]--;
    }

    /** Links {@code node} into the address list just after {@code prev} (-1: at the head). */
    private void linkAddressAfter(int prev, int node) {
        int next = prev == NIL ? addrHead : addrNext[prev];
        addrPrev[node] = prev;
        addrNext[node] = next;
        if (prev == NIL) {
            addrHead = node;
        } else {
            addrNext[prev] = node;
        }
        if (next == NIL) {
            addrTail = node;
        } else {
            addrPrev[next] = node;
        }
        extentCount++;
    }

    private int newNode(long first, long blocks, int chain) {
        int node;
        if (spareCount > 0) {
            node = spare[--spareCount];
        } else {
            if (nodesCreated == start.length) {
                grow();
            }
            node = nodesCreated++;
        }
        start[node] = first;
        length[node] = blocks;
        owner[node] = chain;
        return node;
    }

    /** Doubles the node arrays; happens while the pool fragments, never in steady state. */
    private void grow() {
        int size = start.length * 2;
        start = java.util.Arrays.copyOf(start, size);
        length = java.util.Arrays.copyOf(length, size);
        owner = java.util.Arrays.copyOf(owner, size);
        addrPrev = java.util.Arrays.copyOf(addrPrev, size);
        addrNext = java.util.Arrays.copyOf(addrNext, size);
        chainPrev = java.util.Arrays.copyOf(chainPrev, size);
        chainNext = java.util.Arrays.copyOf(chainNext, size);
        spare = java.util.Arrays.copyOf(spare, size);
    }
}
