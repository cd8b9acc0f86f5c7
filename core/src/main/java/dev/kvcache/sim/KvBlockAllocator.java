package dev.kvcache.sim;

/**
 * Hands KV blocks to batch slots; the two policies (paged, contiguous) share the extent table and
 * differ in how a slot's blocks are taken. Every refusal leaves the pool unchanged.
 */
abstract class KvBlockAllocator implements BlockMap {
    final ExtentTable table;
    final BlockListener listener;

    KvBlockAllocator(int slots, BlockListener listener) {
        this.table = new ExtentTable(slots);
        this.listener = listener;
    }

    /** The allocator for {@code paging}, with an owner for each of the 32 possible slots. */
    static KvBlockAllocator create(PagingMode paging, BlockListener listener) {
        if (paging == PagingMode.PAGED) {
            return new PagedAllocator(SimSettings.MAX_BATCH, listener);
        }
        return new ContiguousAllocator(SimSettings.MAX_BATCH, listener);
    }

    /** Empties the pool and sizes it to {@code capacityBlocks}. */
    void reset(long capacityBlocks) {
        table.reset(capacityBlocks);
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
        return table.checkInvariants();
    }

    @Override
    public long capacityBlocks() {
        return table.capacity();
    }

    @Override
    public long usedBlocks() {
        return table.capacity() - table.freeBlocks();
    }

    @Override
    public long freeBlocks() {
        return table.freeBlocks();
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
