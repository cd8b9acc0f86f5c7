package dev.kvcache.sim;

/**
 * Shared prefixes in the block pool (vLLM's automatic prefix caching, SGLang's RadixAttention): each
 * prefix's full 16-token blocks are one owner chain of the {@link ExtentTable}, held once with a
 * reference count of the sequences using it. At count 0 its blocks stay cached as "evictable": free
 * to take, but a request with the same prefix finds them again. The pool takes never-cached free
 * blocks first, and when they run out evicts cached chains least recently used first, each from its
 * last block back (vLLM frees a request's blocks tail first so that they are evicted first).
 *
 * <p>vLLM keeps one queue for both, so it may evict a cached block while newer uncached ones sit
 * free; SGLang's radix cache, like this one, evicts only when the free pool is short.
 */
final class PrefixCache implements PrefixCacheView {
    private final ExtentTable table;
    private final BlockListener listener;
    private final int firstOwner;
    private final int[] references;
    /** The agent task whose history a chain holds; a new task finds the old content stale. */
    private final long[] epoch;
    private final long[] lastUse;
    private long useClock;
    private long evictableBlocks;
    private long evictedBlocks;
    /** Blocks the sequences using a chain would hold in copies of their prefixes without sharing. */
    private long sharerBlocks;
    private long queriedTokens;
    private long hitTokens;

    PrefixCache(ExtentTable table, BlockListener listener, int firstOwner, int chains) {
        this.table = table;
        this.listener = listener;
        this.firstOwner = firstOwner;
        references = new int[chains];
        epoch = new long[chains];
        lastUse = new long[chains];
    }

    /** The table owner holding chain {@code chain}. */
    int owner(int chain) {
        return firstOwner + chain;
    }

    /** True when {@code owner} is a prefix chain rather than a batch slot. */
    boolean isChain(int owner) {
        return owner >= firstOwner && owner < firstOwner + references.length;
    }

    /** Empties every chain's bookkeeping; the table is reset with it. */
    void reset() {
        java.util.Arrays.fill(references, 0);
        java.util.Arrays.fill(epoch, 0L);
        java.util.Arrays.fill(lastUse, 0L);
        useClock = 0;
        evictableBlocks = 0;
        evictedBlocks = 0;
        sharerBlocks = 0;
        queriedTokens = 0;
        hitTokens = 0;
    }

    /** Blocks cached with no sequence using them: free to take. */
    long evictableBlocks() {
        return evictableBlocks;
    }

    /** Blocks of {@code chain} a request of {@code chainEpoch} finds cached (none when they are stale). */
    long cachedBlocks(int chain, long chainEpoch) {
        return epoch[chain] == chainEpoch ? table.blocksOf(owner(chain)) : 0L;
    }

    /** Blocks a new user of {@code chain} takes out of the evictable ones by using it. */
    long reclaimedBy(int chain, long chainEpoch) {
        return references[chain] == 0 && epoch[chain] == chainEpoch ? table.blocksOf(owner(chain)) : 0L;
    }

    /**
     * Counts a sequence of {@code chainEpoch} in as a user of {@code chain} whose prefix covers
     * {@code prefixBlocks} full blocks; stale content (another agent task, nobody using it) is dropped first.
     */
    void attach(int chain, long chainEpoch, long prefixBlocks) {
        int owner = owner(chain);
        if (epoch[chain] != chainEpoch) {
            if (references[chain] != 0) {
                throw new IllegalStateException("prefix chain " + chain + " changes content while in use");
            }
            evictableBlocks -= table.blocksOf(owner);
            evictedBlocks += table.blocksOf(owner);
            table.releaseAll(owner, listener);
            epoch[chain] = chainEpoch;
        }
        if (references[chain] == 0) {
            evictableBlocks -= table.blocksOf(owner);
        }
        references[chain]++;
        sharerBlocks += prefixBlocks;
    }

    /** A user of {@code chain} with {@code prefixBlocks} shared blocks left; at count 0 the chain turns evictable. */
    void detach(int chain, long prefixBlocks) {
        if (references[chain] <= 0) {
            throw new IllegalStateException("prefix chain " + chain + " released more often than used");
        }
        references[chain]--;
        sharerBlocks -= prefixBlocks;
        if (references[chain] == 0) {
            evictableBlocks += table.blocksOf(owner(chain));
            lastUse[chain] = ++useClock;
        }
    }

    /** Records an admission that asked for {@code promptTokens} and found {@code hit} of them cached. */
    void countLookup(long promptTokens, long hit) {
        queriedTokens += promptTokens;
        hitTokens += hit;
    }

    /** Evicts cached chains, least recently used first, until {@code blocks} are free; they must be there. */
    void evictFor(long blocks) {
        while (table.freeBlocks() < blocks) {
            int victim = leastRecentlyUsed();
            int owner = owner(victim);
            long take = Math.min(blocks - table.freeBlocks(), table.blocksOf(owner));
            table.releaseNewest(owner, take, listener);
            evictableBlocks -= take;
            evictedBlocks += take;
        }
    }

    private int leastRecentlyUsed() {
        int best = -1;
        for (int c = 0; c < references.length; c++) {
            if (references[c] == 0 && table.blocksOf(owner(c)) > 0 && (best < 0 || lastUse[c] < lastUse[best])) {
                best = c;
            }
        }
        if (best < 0) {
            throw new IllegalStateException("no evictable prefix block left");
        }
        return best;
    }

    /**
     * Reference-count invariants: every chain's count is at least 0, the evictable total is the sum
     * of the unused chains' blocks, and the sharers' blocks are 0 when nobody shares. Null when they hold.
     */
    String checkInvariants() {
        long evictable = 0;
        boolean anyUser = false;
        for (int c = 0; c < references.length; c++) {
            if (references[c] < 0) {
                return "prefix chain " + c + " has count " + references[c];
            }
            anyUser |= references[c] > 0;
            evictable += references[c] == 0 ? table.blocksOf(owner(c)) : 0;
        }
        if (evictable != evictableBlocks) {
            return "evictable blocks counted " + evictableBlocks + " but unused chains hold " + evictable;
        }
        if (!anyUser && sharerBlocks != 0) {
            return "nobody shares a prefix but " + sharerBlocks + " shared blocks are counted";
        }
        return null;
    }

    @Override
    public int chainCount() {
        return references.length;
    }

    @Override
    public int references(int chain) {
        return references[chain];
    }

    @Override
    public long chainBlocks(int chain) {
        return table.blocksOf(owner(chain));
    }

    @Override
    public long cachedIdleBlocks() {
        return evictableBlocks;
    }

    @Override
    public long evictedBlocks() {
        return evictedBlocks;
    }

    @Override
    public long savedBlocks() {
        return Math.max(0L, sharerBlocks - usedChainBlocks());
    }

    @Override
    public long usedChainBlocks() {
        long held = 0;
        for (int c = 0; c < references.length; c++) {
            held += references[c] > 0 ? table.blocksOf(owner(c)) : 0;
        }
        return held;
    }

    @Override
    public long queriedTokens() {
        return queriedTokens;
    }

    @Override
    public long hitTokens() {
        return hitTokens;
    }

    @Override
    public long prefillTokensSkipped() {
        return hitTokens;
    }

    @Override
    public double hitRate() {
        return queriedTokens > 0 ? (double) hitTokens / queriedTokens : 0.0;
    }
}
