package dev.kvcache.sim;

/**
 * Hands KV blocks to batch slots; the two policies (paged, contiguous) share the extent table and
 * differ in how a slot's blocks are taken. Every refusal leaves the pool unchanged.
 */
abstract class KvBlockAllocator implements BlockMap {
    final ExtentTable table;
    final BlockListener listener;
    /** Shared prefixes and their cached blocks; null when prefix caching is off. */
    final PrefixCache prefix;

    KvBlockAllocator(int slots, int prefixChains, BlockListener listener) {
        this.table = new ExtentTable(slots + prefixChains);
        this.listener = listener;
        this.prefix = prefixChains > 0 ? new PrefixCache(table, listener, slots, prefixChains) : null;
    }

    /** The allocator for {@code paging}, with an owner for each of the 32 possible slots. */
    static KvBlockAllocator create(PagingMode paging, BlockListener listener) {
        return create(paging, 0, listener);
    }

    /**
     * The same with {@code prefixChains} shared prefixes (0: prefix caching off). Prefixes share
     * pages, so only the paged allocator takes them.
     */
    static KvBlockAllocator create(PagingMode paging, int prefixChains, BlockListener listener) {
        if (paging == PagingMode.PAGED) {
            return new PagedAllocator(SimSettings.MAX_BATCH, prefixChains, listener);
        }
        return new ContiguousAllocator(SimSettings.MAX_BATCH, listener);
    }

    /** Empties the pool and sizes it to {@code capacityBlocks}. */
    void reset(long capacityBlocks) {
        table.reset(capacityBlocks);
        if (prefix != null) {
            prefix.reset();
        }
    }

    /** The prefix cache, or null when prefix caching is off. */
    PrefixCache prefixCache() {
        return prefix;
    }

    /** Blocks cached but unused (evictable): free to take. */
    long evictableBlocks() {
        return prefix == null ? 0L : prefix.evictableBlocks();
    }

    /** Grows the pool (more GPUs); new blocks are free at the top of the address space. */
    void extendTo(long capacityBlocks) {
        table.extendTo(capacityBlocks);
    }

    /**
     * Admits {@code slot}, which holds {@code startBlocks} of tokens now and may reach
     * {@code maxBlocks}; false (nothing taken) if it does not fit.
     */
    abstract boolean admit(int slot, long startBlocks, long maxBlocks);

    /** The pool capacity at which {@link #admit} would succeed. */
    abstract long capacityToAdmit(long startBlocks, long maxBlocks);

    /** Why {@link #admit} failed. */
    abstract AdmissionBlock refusal(long startBlocks, long maxBlocks);

    /** Makes {@code slot} hold enough for {@code blocks} blocks of tokens; false (nothing taken) if short. */
    abstract boolean growTo(int slot, long blocks);

    /** The pool capacity at which {@link #growTo} would succeed. */
    abstract long capacityToGrow(int slot, long blocks);

    /** Makes {@code slot} hold no more than needed for {@code blocks} blocks of tokens. */
    abstract void shrinkTo(int slot, long blocks);

    /** Frees everything {@code slot} holds. */
    void release(int slot) {
        table.releaseAll(slot, listener);
    }

    /** Frees every slot's blocks at once (a static batch leaving together). */
    void releaseEverything() {
        table.releaseEverything(listener);
    }

    /** Structural problems, or null; see {@link ExtentTable#checkInvariants()}. For tests. */
    String checkInvariants() {
        String problem = table.checkInvariants();
        return problem != null || prefix == null ? problem : prefix.checkInvariants();
    }

    @Override
    public long capacityBlocks() {
        return table.capacity();
    }

    @Override
    public long usedBlocks() {
        return table.capacity() - table.freeBlocks() - evictableBlocks();
    }

    /** Free blocks, the evictable cached ones included (vLLM counts them free too). */
    @Override
    public long freeBlocks() {
        return table.freeBlocks() + evictableBlocks();
    }

    @Override
    public PrefixCacheView prefixChains() {
        return prefix == null ? PrefixCacheView.NONE : prefix;
    }

    @Override
    public int chainOf(int owner) {
        return prefix != null && prefix.isChain(owner) ? owner - SimSettings.MAX_BATCH : -1;
    }

    @Override
    public long blocksHeld(int slot) {
        return table.blocksOf(slot);
    }

    @Override
    public int extentCount() {
        return table.extentCount();
    }

    @Override
    public void visitExtents(ExtentVisitor visitor) {
        table.visit(visitor);
    }

    @Override
    public void visitExtentsOf(int slot, ExtentVisitor visitor) {
        table.visitOwner(slot, visitor);
    }
}
