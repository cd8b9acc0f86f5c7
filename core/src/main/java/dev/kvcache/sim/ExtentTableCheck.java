package dev.kvcache.sim;

/**
 * Checks an {@link ExtentTable}'s structure: extents tile {@code [0, capacity)} with no gap or
 * overlap (so no block is owned twice), no two adjacent free extents, address and chain links agree
 * both ways, chain totals match. For tests: walks everything and allocates, which the table's own
 * operations never do, so it lives apart from them.
 */
final class ExtentTableCheck {
    private static final int NIL = ExtentNodes.NIL;

    private final ExtentNodes nodes;
    private final int freeChain;
    private final int[] chainHead;
    private final int[] chainTail;
    private final long[] chainBlocks;
    private final int[] chainExtents;

    ExtentTableCheck(ExtentNodes nodes, int freeChain, int[] chainHead, int[] chainTail, long[] chainBlocks,
            int[] chainExtents) {
        this.nodes = nodes;
        this.freeChain = freeChain;
        this.chainHead = chainHead;
        this.chainTail = chainTail;
        this.chainBlocks = chainBlocks;
        this.chainExtents = chainExtents;
    }

    /** The first problem found walking from {@code addrHead}, or null. */
    String check(int addrHead, long capacity, int extentCount) {
        long expectedStart = 0L;
        long[] blocksSeen = new long[freeChain + 1];
        int[] extentsSeen = new int[freeChain + 1];
        int count = 0;
        int previous = NIL;
        for (int n = addrHead; n != NIL; n = nodes.addrNext(n)) {
            if (nodes.start(n) != expectedStart || nodes.length(n) <= 0) {
                return "extent " + nodes.start(n) + "+" + nodes.length(n) + " does not follow block " + expectedStart;
            }
            if (nodes.addrPrev(n) != previous) {
                return "broken address links at block " + nodes.start(n);
            }
            if (previous != NIL && nodes.owner(previous) == freeChain && nodes.owner(n) == freeChain) {
                return "adjacent free extents at block " + nodes.start(n);
            }
            blocksSeen[nodes.owner(n)] += nodes.length(n);
            extentsSeen[nodes.owner(n)]++;
            expectedStart += nodes.length(n);
            count++;
            previous = n;
        }
        if (expectedStart != capacity || count != extentCount) {
            return "extents cover " + expectedStart + " of " + capacity + " blocks";
        }
        for (int c = 0; c <= freeChain; c++) {
            int chained = 0;
            int previousInChain = NIL;
            for (int n = chainHead[c]; n != NIL; n = nodes.chainNext(n)) {
                if (nodes.owner(n) != c) {
                    return "extent at block " + nodes.start(n) + " chained under the wrong owner";
                }
                if (nodes.chainPrev(n) != previousInChain) {
                    return "broken chain links at block " + nodes.start(n);
                }
                chained++;
                previousInChain = n;
            }
            if (previousInChain != chainTail[c]) {
                return "chain " + c + " does not end at its tail";
            }
            if (blocksSeen[c] != chainBlocks[c] || extentsSeen[c] != chainExtents[c] || chained != extentsSeen[c]) {
                return "owner " + c + " counts " + chainBlocks[c] + " blocks but holds " + blocksSeen[c];
            }
        }
        return null;
    }
}
