package dev.kvcache.sim;

/**
 * How device memory is laid out for one scenario (immutable, rebuilt when settings change): weights,
 * attention workspace, per-slot windowed/fixed state, and a pool of 16-token KV blocks.
 *
 * <p>A block stands for 16 tokens of the <em>growing</em> layers ({@code 16 x growing} bytes), so a
 * sequence's blocks cover exactly its tokens rounded up to 16 and the allocators never see the
 * window. The bounded part of a sequence's KV (windowed layers, at most {@code window} tokens, plus
 * linear-attention state) is reserved per batch slot at its maximum for the context, as vLLM
 * preallocates per-slot recurrent state; it is a region apart from the block pool. When every
 * layer is windowed (growing bytes 0) blocks cost nothing and the pool is sized to hold every slot
 * at full context, so nothing divides by zero and admission never waits on blocks.
 *
 * <p>With N GPUs (tensor-parallel) every figure is split evenly: each GPU holds 1/N of the weights
 * and 1/N of every block (KV heads split), so one die drawn with its share shows them all.
 */
public final class MemoryLayout {
    /** Upper bound of any GPU count, so counts stay in {@code int} even for absurd workspaces. */
    static final int MAX_GPUS = 1 << 30;

    private final MemorySpec spec;
    private final long usableBytesPerGpu;
    private final long weightBytes;
    private final long workspaceBytes;
    private final long workspaceSavedByFlashBytes;
    private final long slotStateBytes;
    private final long stateRegionBytes;
    private final long fixedReservedBytes;
    private final long blockBytes;
    private final long contextBlocks;
    private final long zeroCostCapacityBlocks;

    MemoryLayout(MemorySpec spec, SimSettings settings) {
        this.spec = spec;
        int batch = settings.batch();
        long context = settings.contextTokens();
        usableBytesPerGpu = spec.usableBytesPerGpu();
        weightBytes = settings.weights() == WeightsMode.INCLUDED ? spec.weightBytes() : 0L;
        workspaceBytes = Math.max(0L, spec.workspace().workspaceBytes(batch, context, settings.flash()));
        long standard = Math.max(0L, spec.workspace().workspaceBytes(batch, context, FlashMode.STANDARD));
        long flash = Math.max(0L, spec.workspace().workspaceBytes(batch, context, FlashMode.FLASH));
        workspaceSavedByFlashBytes = Math.max(0L, standard - flash);
        slotStateBytes = spec.windowedBytesForTokens(context);
        stateRegionBytes = slotStateBytes * batch;
        fixedReservedBytes = SaturatingMath.add(SaturatingMath.add(weightBytes, workspaceBytes), stateRegionBytes);
        blockBytes = BlockSize.TOKENS_PER_BLOCK * spec.growingKvBytesPerToken();
        contextBlocks = BlockSize.blocksFor(context);
        zeroCostCapacityBlocks = contextBlocks * batch;
    }

    public MemorySpec spec() {
        return spec;
    }

    public long usableBytesPerGpu() {
        return usableBytesPerGpu;
    }

    /** Weights resident in memory (0 when excluded), bytes, all GPUs together. */
    public long weightBytes() {
        return weightBytes;
    }

    /** Attention workspace at the selected batch and context with the selected kernel, bytes. */
    public long workspaceBytes() {
        return workspaceBytes;
    }

    /** Workspace FlashAttention avoids compared with standard attention (what the view shows as saved). */
    public long workspaceSavedByFlashBytes() {
        return workspaceSavedByFlashBytes;
    }

    /** Windowed-layer and fixed state reserved per slot: its maximum at the selected context, bytes. */
    public long slotStateBytes() {
        return slotStateBytes;
    }

    /** {@link #slotStateBytes()} for every slot of the batch. */
    public long stateRegionBytes() {
        return stateRegionBytes;
    }

    /** Bytes of one 16-token block of the growing layers; 0 when every layer is windowed. */
    public long blockBytes() {
        return blockBytes;
    }

    /** Blocks covering the selected context: the most one sequence can hold. */
    public long contextBlocks() {
        return contextBlocks;
    }

    /** Everything outside the block pool: weights + workspace + state region, bytes. */
    public long fixedReservedBytes() {
        return fixedReservedBytes;
    }

    public long totalBytes(int gpus) {
        return SaturatingMath.multiply(gpus, usableBytesPerGpu);
    }

    /** Blocks the pool holds on {@code gpus} GPUs; 0 when the fixed reservations alone do not fit. */
    public long capacityBlocks(int gpus) {
        long total = totalBytes(gpus);
        if (total < fixedReservedBytes) {
            return 0L;
        }
        if (blockBytes == 0) {
            return zeroCostCapacityBlocks;
        }
        return (total - fixedReservedBytes) / blockBytes;
    }

    /** The fewest GPUs (at least 1) whose pool holds {@code blocks} blocks. */
    public int gpusFor(long blocks) {
        long needed = SaturatingMath.add(fixedReservedBytes, SaturatingMath.multiply(blocks, blockBytes));
        long gpus = Math.max(1L, SaturatingMath.ceilDiv(needed, usableBytesPerGpu));
        return (int) Math.min(gpus, MAX_GPUS);
    }

    /** GPUs the whole scenario needs: every slot at the full context. */
    public int gpusForFullBatch() {
        return gpusFor(zeroCostCapacityBlocks);
    }

    /** Bytes in use on {@code blocksInUse} blocks: fixed reservations plus those blocks. */
    public long usedBytes(long blocksInUse) {
        return SaturatingMath.add(fixedReservedBytes, SaturatingMath.multiply(blocksInUse, blockBytes));
    }
}
