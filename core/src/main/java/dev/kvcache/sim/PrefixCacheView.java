package dev.kvcache.sim;

/**
 * Read-only view of the prefix cache for the view and the report: each shared prefix chain's blocks
 * and users, and the figures since the run began. {@link #NONE} when prefix caching is off.
 */
public interface PrefixCacheView {
    /** No prefix cache: no chains, every figure 0. */
    PrefixCacheView NONE = new PrefixCacheView() {
        @Override
        public int chainCount() {
            return 0;
        }

        @Override
        public int references(int chain) {
            return 0;
        }

        @Override
        public long chainBlocks(int chain) {
            return 0;
        }

        @Override
        public long cachedIdleBlocks() {
            return 0;
        }

        @Override
        public long evictedBlocks() {
            return 0;
        }

        @Override
        public long savedBlocks() {
            return 0;
        }

        @Override
        public long usedChainBlocks() {
            return 0;
        }

        @Override
        public long queriedTokens() {
            return 0;
        }

        @Override
        public long hitTokens() {
            return 0;
        }

        @Override
        public long prefillTokensSkipped() {
            return 0;
        }

        @Override
        public double hitRate() {
            return 0;
        }
    };

    /** Shared prefix chains the pool keeps (documents, or two per agent). */
    int chainCount();

    /** Sequences using chain {@code chain} now; 0 means its blocks are cached but evictable. */
    int references(int chain);

    /** Blocks chain {@code chain} holds now. */
    long chainBlocks(int chain);

    /** Blocks cached with no sequence using them: evictable, and free to take. */
    long cachedIdleBlocks();

    /** Cached blocks evicted (taken for other content) since the run began. */
    long evictedBlocks();

    /** Blocks the running sequences would hold in copies of their shared prefixes without sharing, less the chains they use. */
    long savedBlocks();

    /** Blocks of the chains some sequence uses now: held once for all of them. */
    long usedChainBlocks();

    /** Prompt tokens the admitted requests asked for (recomputations after preemption included). */
    long queriedTokens();

    /** Of those, tokens whose full blocks were found cached. */
    long hitTokens();

    /** Prompt tokens not prefilled because their blocks were cached: the hits. */
    long prefillTokensSkipped();

    /** Hits over queries, by tokens, as vLLM's prefix-cache hit rate; 0 before any query. */
    double hitRate();
}
