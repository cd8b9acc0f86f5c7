package dev.kvcache.sim;

/**
 * Storage for {@link ExtentTable}'s nodes: records packed into a few primitive arrays indexed by
 * int, so there is no object per extent and no allocation once the arrays have grown.
 *
 * <p>A node's span (start, length) shares one cache line, as do its four links. At batch 32 and
 * long contexts the table holds tens of thousands of extents and every split, merge and free
 * visits neighbours far apart in memory; one array per field cost up to eight cache misses a visit.
 */
final class ExtentNodes {
    static final int NIL = -1;
    private static final int INITIAL_NODES = 64;

    private static final int START = 0;
    private static final int LENGTH = 1;
    private static final int SPAN_STRIDE = 2;
    private static final int ADDR_PREV = 0;
    private static final int ADDR_NEXT = 1;
    private static final int CHAIN_PREV = 2;
    private static final int CHAIN_NEXT = 3;
    private static final int LINK_STRIDE = 4;

    private long[] span = new long[INITIAL_NODES * SPAN_STRIDE];
    private int[] link = new int[INITIAL_NODES * LINK_STRIDE];
    /** Owner chain per node; a byte keeps this often-read array small and hot. */
    private byte[] owner = new byte[INITIAL_NODES];
    private int[] spare = new int[INITIAL_NODES];
    private int spareCount;
    private int created;

    /** Forgets every node; the arrays keep their size. */
    void clear() {
        spareCount = 0;
        created = 0;
    }

    /** A node for {@code blocks} blocks from {@code first}, on chain {@code chain}; links unset. */
    int create(long first, long blocks, int chain) {
        int node;
        if (spareCount > 0) {
            node = spare[--spareCount];
        } else {
            if (created == owner.length) {
                grow();
            }
            node = created++;
        }
        span[node * SPAN_STRIDE + START] = first;
        span[node * SPAN_STRIDE + LENGTH] = blocks;
        owner[node] = (byte) chain;
        return node;
    }

    /** Returns {@code node} for reuse; it must be unlinked already. */
    void recycle(int node) {
        spare[spareCount++] = node;
    }

    long start(int node) {
        return span[node * SPAN_STRIDE + START];
    }

    long length(int node) {
        return span[node * SPAN_STRIDE + LENGTH];
    }

    void setStart(int node, long first) {
        span[node * SPAN_STRIDE + START] = first;
    }

    void setLength(int node, long blocks) {
        span[node * SPAN_STRIDE + LENGTH] = blocks;
    }

    void addStart(int node, long blocks) {
        span[node * SPAN_STRIDE + START] += blocks;
    }

    void addLength(int node, long blocks) {
        span[node * SPAN_STRIDE + LENGTH] += blocks;
    }

    int owner(int node) {
        return owner[node];
    }

    void setOwner(int node, int chain) {
        owner[node] = (byte) chain;
    }

    int addrPrev(int node) {
        return link[node * LINK_STRIDE + ADDR_PREV];
    }

    int addrNext(int node) {
        return link[node * LINK_STRIDE + ADDR_NEXT];
    }

    int chainPrev(int node) {
        return link[node * LINK_STRIDE + CHAIN_PREV];
    }

    int chainNext(int node) {
        return link[node * LINK_STRIDE + CHAIN_NEXT];
    }

    void setAddrPrev(int node, int prev) {
        link[node * LINK_STRIDE + ADDR_PREV] = prev;
    }

    void setAddrNext(int node, int next) {
        link[node * LINK_STRIDE + ADDR_NEXT] = next;
    }

    void setChainPrev(int node, int prev) {
        link[node * LINK_STRIDE + CHAIN_PREV] = prev;
    }

    void setChainNext(int node, int next) {
        link[node * LINK_STRIDE + CHAIN_NEXT] = next;
    }

    /** Doubles the arrays; happens while the pool fragments, never in steady state. */
    private void grow() {
        int nodes = owner.length * 2;
        span = java.util.Arrays.copyOf(span, nodes * SPAN_STRIDE);
        link = java.util.Arrays.copyOf(link, nodes * LINK_STRIDE);
        owner = java.util.Arrays.copyOf(owner, nodes);
        spare = java.util.Arrays.copyOf(spare, nodes);
    }
}
