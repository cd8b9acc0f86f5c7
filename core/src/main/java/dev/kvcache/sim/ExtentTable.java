package dev.kvcache.sim;

/**
 * The KV block pool as address-ordered extents, each owned by one slot or free, with O(1) split and
 * merge: never an array per block or per token (100M tokens are 6.25M blocks per sequence).
 *
 * <p>Each node sits on two doubly linked lists: the address list (the whole pool, in order,
 * adjacent free extents always merged) and its owner's chain (an owner's extents in the order it
 * took them; the free chain is the FIFO free queue, oldest freed first, as vLLM's
 * {@code FreeKVCacheBlockQueue}).
 *
 * <p>Nodes live in {@link ExtentNodes}: packed primitive arrays, no object per extent.
 */
final class ExtentTable {
    private static final int NIL = ExtentNodes.NIL;

    private final int freeChain;
    private final int[] chainHead;
    private final int[] chainTail;
    private final long[] chainBlocks;
    private final int[] chainExtents;

    private final ExtentNodes nodes = new ExtentNodes();

    private int addrHead = NIL;
    private int addrTail = NIL;
    private long capacity;
    private int extentCount;

    /** A table for owners {@code 0..owners-1}; chain {@code owners} is the free queue. */
    ExtentTable(int owners) {
        if (owners < 1 || owners > Byte.MAX_VALUE - 1) {
            throw new IllegalArgumentException("owners must be 1-126: " + owners);
        }
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
            clearChain(c);
        }
        nodes.clear();
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
        if (addrTail != NIL && nodes.owner(addrTail) == freeChain) {
            nodes.addLength(addrTail, added);
        } else {
            int node = nodes.create(capacity, added, freeChain);
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
        for (int n = addrHead; n != NIL; n = nodes.addrNext(n)) {
            if (nodes.owner(n) == freeChain && nodes.length(n) >= blocks) {
                return n;
            }
        }
        return NIL;
    }

    /** Free blocks at the very end of the address space (where growing the pool adds more). */
    long freeAtEnd() {
        return addrTail != NIL && nodes.owner(addrTail) == freeChain ? nodes.length(addrTail) : 0L;
    }

    long length(int node) {
        return nodes.length(node);
    }

    /**
     * Gives the first {@code blocks} of free extent {@code node} to {@code slot}; returns their
     * start block. Joins the slot's extent just below when there is one.
     */
    long take(int node, long blocks, int slot) {
        long first = nodes.start(node);
        int below = nodes.addrPrev(node);
        if (blocks == nodes.length(node)) {
            moveToChain(node, slot);
            mergeIntoBelow(node);
        } else {
            if (below != NIL && nodes.owner(below) == slot) {
                nodes.addLength(below, blocks);
            } else {
                int taken = nodes.create(first, blocks, slot);
                linkAddressAfter(below, taken);
                appendToChain(taken);
            }
            nodes.addStart(node, blocks);
            nodes.addLength(node, -blocks);
        }
        chainBlocks[freeChain] -= blocks;
        chainBlocks[slot] += blocks;
        return first;
    }

    /**
     * Frees every extent of {@code slot}, oldest first, telling {@code listener} of each. The
     * slot's chain is dropped whole at the end rather than unlinked node by node.
     */
    void releaseAll(int slot, BlockListener listener) {
        int node = chainHead[slot];
        while (node != NIL) {
            int next = nodes.chainNext(node);
            long blocks = nodes.length(node);
            listener.blocksFreed(slot, nodes.start(node), blocks);
            chainBlocks[freeChain] += blocks;
            // The slot's chain is dropped whole below, so the node is not unlinked from it first.
            joinFree(node, blocks);
            node = next;
        }
        clearChain(slot);
    }

    /**
     * Frees {@code node}, already off its owner's chain (or on none): a free neighbour absorbs it, the
     * one below when both are free, keeping that neighbour's place in the queue, which is older; only a
     * node with no free neighbour joins the queue, at its tail. Checking the neighbours first spares
     * the common case, a block next to a free one, the queue's append and unlink of a node about to vanish.
     */
    private void joinFree(int node, long blocks) {
        int below = nodes.addrPrev(node);
        int above = nodes.addrNext(node);
        boolean belowFree = below != NIL && nodes.owner(below) == freeChain;
        boolean aboveFree = above != NIL && nodes.owner(above) == freeChain;
        if (belowFree) {
            nodes.addLength(below, blocks);
            unlinkAddress(node);
            if (aboveFree) {
                nodes.addLength(below, nodes.length(above));
                removeNode(above);
            }
        } else if (aboveFree) {
            nodes.setStart(above, nodes.start(node));
            nodes.addLength(above, blocks);
            unlinkAddress(node);
        } else {
            nodes.setOwner(node, freeChain);
            appendToChain(node);
        }
    }

    /**
     * Frees every owned extent, telling {@code listener} of each in address order; the pool is one
     * free extent afterwards. One sequential walk: freeing owner by owner would visit interleaved
     * extents all over memory and merge them one at a time.
     */
    void releaseEverything(BlockListener listener) {
        for (int n = addrHead; n != NIL; n = nodes.addrNext(n)) {
            int owner = nodes.owner(n);
            if (owner != freeChain) {
                listener.blocksFreed(owner, nodes.start(n), nodes.length(n));
            }
        }
        reset(capacity);
    }

    /** Frees the last-taken {@code blocks} of {@code slot}, telling {@code listener} of each run. */
    void releaseNewest(int slot, long blocks, BlockListener listener) {
        long remaining = blocks;
        while (remaining > 0) {
            int node = chainTail[slot];
            long length = nodes.length(node);
            if (length <= remaining) {
                remaining -= length;
                listener.blocksFreed(slot, nodes.start(node), length);
                freeNode(node, slot);
            } else {
                // Split: keep the low part, free the top `remaining` blocks of this extent.
                long kept = length - remaining;
                nodes.setLength(node, kept);
                chainBlocks[slot] -= remaining;
                int freed = nodes.create(nodes.start(node) + kept, remaining, freeChain);
                linkAddressAfter(node, freed);
                chainBlocks[freeChain] += remaining;
                listener.blocksFreed(slot, nodes.start(freed), remaining);
                joinFree(freed, remaining);
                remaining = 0;
            }
        }
    }

    /** Visits the whole pool in address order, free extents as {@link ExtentVisitor#FREE}. */
    void visit(ExtentVisitor visitor) {
        for (int n = addrHead; n != NIL; n = nodes.addrNext(n)) {
            visitor.extent(nodes.owner(n) == freeChain ? ExtentVisitor.FREE : nodes.owner(n), nodes.start(n), nodes.length(n));
        }
    }

    /** Visits the extents of {@code slot} in the order it took them. */
    void visitOwner(int slot, ExtentVisitor visitor) {
        for (int n = chainHead[slot]; n != NIL; n = nodes.chainNext(n)) {
            visitor.extent(slot, nodes.start(n), nodes.length(n));
        }
    }

    /** Problems with the structure, or null; see {@link ExtentTableCheck}. For tests. */
    String checkInvariants() {
        return new ExtentTableCheck(nodes, freeChain, chainHead, chainTail, chainBlocks, chainExtents)
                .check(addrHead, capacity, extentCount);
    }

    private void clearChain(int chain) {
        chainHead[chain] = NIL;
        chainTail[chain] = NIL;
        chainBlocks[chain] = 0L;
        chainExtents[chain] = 0;
    }

    private void freeNode(int node, int slot) {
        long blocks = nodes.length(node);
        unlinkFromChain(node);
        chainBlocks[slot] -= blocks;
        chainBlocks[freeChain] += blocks;
        joinFree(node, blocks);
    }

    /** Folds {@code node} into the extent just below it when both have the same owner. */
    private void mergeIntoBelow(int node) {
        int below = nodes.addrPrev(node);
        if (below != NIL && nodes.owner(below) == nodes.owner(node)) {
            nodes.addLength(below, nodes.length(node));
            removeNode(node);
        }
    }

    private void moveToChain(int node, int chain) {
        unlinkFromChain(node);
        nodes.setOwner(node, chain);
        appendToChain(node);
    }

    private void removeNode(int node) {
        unlinkFromChain(node);
        unlinkAddress(node);
    }

    /** Takes {@code node} off the address list and recycles it; its chain links are the caller's. */
    private void unlinkAddress(int node) {
        int prev = nodes.addrPrev(node);
        int next = nodes.addrNext(node);
        if (prev == NIL) {
            addrHead = next;
        } else {
            nodes.setAddrNext(prev, next);
        }
        if (next == NIL) {
            addrTail = prev;
        } else {
            nodes.setAddrPrev(next, prev);
        }
        extentCount--;
        nodes.recycle(node);
    }

    private void appendToChain(int node) {
        int c = nodes.owner(node);
        int tail = chainTail[c];
        nodes.setChainPrev(node, tail);
        nodes.setChainNext(node, NIL);
        if (tail == NIL) {
            chainHead[c] = node;
        } else {
            nodes.setChainNext(tail, node);
        }
        chainTail[c] = node;
        chainExtents[c]++;
    }

    private void unlinkFromChain(int node) {
        int c = nodes.owner(node);
        int prev = nodes.chainPrev(node);
        int next = nodes.chainNext(node);
        if (prev == NIL) {
            chainHead[c] = next;
        } else {
            nodes.setChainNext(prev, next);
        }
        if (next == NIL) {
            chainTail[c] = prev;
        } else {
            nodes.setChainPrev(next, prev);
        }
        chainExtents[c]--;
    }

    /** Links {@code node} into the address list just after {@code prev} (-1: at the head). */
    private void linkAddressAfter(int prev, int node) {
        int next = prev == NIL ? addrHead : nodes.addrNext(prev);
        nodes.setAddrPrev(node, prev);
        nodes.setAddrNext(node, next);
        if (prev == NIL) {
            addrHead = node;
        } else {
            nodes.setAddrNext(prev, node);
        }
        if (next == NIL) {
            addrTail = node;
        } else {
            nodes.setAddrPrev(next, node);
        }
        extentCount++;
    }
}
