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
 * <p>With N GPUs every GPU holds 1/N of every block (KV heads or tokens split), so one die drawn
 * with its share shows them all. Weights split evenly too unless the spec has a {@link WeightShare}:
 * then every GPU is counted at the most loaded one's share of the engine's layout (the first stage
 * holds the embeddings, context-parallel groups each hold a copy). The attention workspace splits
 * too (unless a {@link WorkspaceShare} says what each GPU of the layout runs), but each GPU counts
 * at most half its memory more than FlashAttention would need (the original tool's cap on the
 * saving, applied per GPU): so without FlashAttention a long context costs every GPU up to half
 * its memory, however many there are.
 */
public final class MemoryLayout {
    /** Upper bound of any GPU count, so counts stay in {@code int} even for absurd workspaces. */
    static final int MAX_GPUS = 1 << 30;

    private final MemorySpec spec;
    private final long usableBytesPerGpu;
    private final long weightBytes;
    /** Null: every GPU holds 1/N of the weights. */
    private final WeightShare weightShare;
    /** Null: the whole model's workspace splits evenly, capped per GPU. */
    private final WorkspaceShare workspaceShare;
    /** Whole-model workspace of the selected kernel, and of FlashAttention, before the per-GPU cap. */
    private final long workspaceWholeBytes;
    private final FlashMode flash;
    private final long flashWorkspaceWholeBytes;
    private final long standardWorkspaceWholeBytes;
    /** Half a GPU: the most the workspace may exceed FlashAttention's on one GPU. */
    private final long workspaceCapPerGpu;
    private final long slotStateBytes;
    private final long stateRegionBytes;
    /** Weights split evenly and the state region: the least the reservations outside the pool take. */
    private final long fixedBytesBeforeWorkspace;
    private final long blockBytes;
    private final long contextBlocks;
    private final long zeroCostCapacityBlocks;

    MemoryLayout(MemorySpec spec, SimSettings settings) {
        this.spec = spec;
        int batch = settings.batch();
        long context = settings.contextTokens();
        usableBytesPerGpu = spec.usableBytesPerGpu();
        weightBytes = settings.weights() == WeightsMode.INCLUDED ? spec.weightBytes() : 0L;
        weightShare = weightBytes == 0 ? null : spec.weightShare();
        workspaceShare = spec.workspaceShare();
        flash = settings.flash();
        flashWorkspaceWholeBytes = Math.max(0L, spec.workspace().workspaceBytes(batch, context, FlashMode.FLASH));
        standardWorkspaceWholeBytes = Math.max(flashWorkspaceWholeBytes,
                spec.workspace().workspaceBytes(batch, context, FlashMode.STANDARD));
        workspaceWholeBytes = settings.flash() == FlashMode.FLASH ? flashWorkspaceWholeBytes : standardWorkspaceWholeBytes;
        workspaceCapPerGpu = usableBytesPerGpu / 2;
        slotStateBytes = spec.windowedBytesForTokens(context);
        stateRegionBytes = slotStateBytes * batch;
        fixedBytesBeforeWorkspace = SaturatingMath.add(weightBytes, stateRegionBytes);
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

    /**
     * Weights on the most loaded of {@code gpus} GPUs, bytes: 1/N of them, or the engine layout's
     * share when the spec has one (never less than 1/N).
     */
    public long weightBytesPerGpu(int gpus) {
        int n = Math.max(1, gpus);
        if (weightShare == null) {
            return weightBytes / n;
        }
        return Math.max(SaturatingMath.ceilDiv(weightBytes, n), weightShare.bytesPerGpu(n));
    }

    /**
     * Weights reserved on {@code gpus} GPUs together: the model once when it splits evenly,
     * otherwise every GPU counted at the most loaded one's share (stages differ, context-parallel
     * groups each hold a copy), which is what decides whether a GPU fits.
     */
    public long weightBytesOn(int gpus) {
        if (weightShare == null) {
            return weightBytes;
        }
        return SaturatingMath.multiply(Math.max(1, gpus), weightBytesPerGpu(gpus));
    }

    /** Attention workspace on {@code gpus} GPUs together, with the selected kernel, bytes. */
    public long workspaceBytes(int gpus) {
        return workspaceOn(gpus, flash);
    }

    /** Workspace FlashAttention avoids on {@code gpus} GPUs together (what the view shows as saved). */
    public long workspaceSavedByFlashBytes(int gpus) {
        return Math.max(0L, workspaceOn(gpus, FlashMode.STANDARD) - workspaceOn(gpus, FlashMode.FLASH));
    }

    /**
     * The whole model's workspace for {@code mode} split over the GPUs and capped per GPU, or, with
     * an engine layout's share, every GPU at that share (never less than the even split).
     */
    private long workspaceOn(int gpus, FlashMode mode) {
        long even = cappedWorkspace(mode == FlashMode.FLASH ? flashWorkspaceWholeBytes : standardWorkspaceWholeBytes, gpus);
        if (workspaceShare == null) {
            return even;
        }
        int n = Math.max(1, gpus);
        return Math.max(even, SaturatingMath.multiply(n, workspaceShare.bytesPerGpu(n, mode)));
    }

    /** {@code whole}, but no GPU counting more than half its memory beyond FlashAttention's share. */
    private long cappedWorkspace(long whole, int gpus) {
        long cap = SaturatingMath.add(flashWorkspaceWholeBytes, SaturatingMath.multiply(Math.max(1, gpus), workspaceCapPerGpu));
        return Math.min(whole, cap);
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

    /** Everything outside the block pool on {@code gpus} GPUs: weights + workspace + state region, bytes. */
    public long fixedReservedBytes(int gpus) {
        return SaturatingMath.add(SaturatingMath.add(weightBytesOn(gpus), stateRegionBytes), workspaceBytes(gpus));
    }

    public long totalBytes(int gpus) {
        return SaturatingMath.multiply(gpus, usableBytesPerGpu);
    }

    /** Blocks the pool holds on {@code gpus} GPUs; 0 when the fixed reservations alone do not fit. */
    public long capacityBlocks(int gpus) {
        long total = totalBytes(gpus);
        long fixed = fixedReservedBytes(gpus);
        if (total < fixed) {
            return 0L;
        }
        if (blockBytes == 0) {
            return zeroCostCapacityBlocks;
        }
        return (total - fixed) / blockBytes;
    }

    /**
     * The fewest GPUs (at least 1) whose pool holds {@code blocks} blocks. With everything split
     * evenly it is closed-form; with an engine layout's shares no count below that one fits (each
     * GPU holds at least its even share), so the search starts there and doubles, then halves, its
     * way up.
     */
    public int gpusFor(long blocks) {
        return gpusFor(blocks, 1);
    }

    /**
     * {@link #gpusFor(long)} counting from {@code atLeast}. A layout's share is not monotone in N
     * (one more GPU can make an engine trade deeper stages for more context-parallel groups, each
     * with a bigger slice of the weights), so growing a pool asks for the first count above its own.
     */
    public int gpusFor(long blocks, int atLeast) {
        int start = Math.max(evenGpusFor(blocks), Math.min(Math.max(1, atLeast), MAX_GPUS));
        if ((weightShare == null && workspaceShare == null) || holds(blocks, start)) {
            return start;
        }
        long lo = start;
        long step = 1;
        long hi;
        while (true) {
            hi = Math.min(MAX_GPUS, lo + step);
            if (holds(blocks, (int) hi)) {
                break;
            }
            if (hi == MAX_GPUS) {
                return MAX_GPUS;
            }
            lo = hi;
            step *= 2;
        }
        while (hi - lo > 1) {
            long mid = (lo + hi) >>> 1;
            if (holds(blocks, (int) mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return (int) hi;
    }

    /** Whether {@code gpus} GPUs hold the fixed reservations and {@code blocks} blocks. */
    private boolean holds(long blocks, int gpus) {
        return usedBytes(blocks, gpus) <= totalBytes(gpus);
    }

    /**
     * {@link #gpusFor} with the weights split evenly. With A the weights, state and blocks, N GPUs
     * suffice when {@code N u >= A + min(W, F + N u/2)}: either the whole workspace W fits beside
     * A, or every GPU gives half to the capped workspace.
     */
    private int evenGpusFor(long blocks) {
        long needed = SaturatingMath.add(fixedBytesBeforeWorkspace, SaturatingMath.multiply(blocks, blockBytes));
        long uncapped = SaturatingMath.ceilDiv(SaturatingMath.add(needed, workspaceWholeBytes), usableBytesPerGpu);
        long halfGpu = usableBytesPerGpu - workspaceCapPerGpu;
        long capped = halfGpu <= 0 ? Long.MAX_VALUE
                : SaturatingMath.ceilDiv(SaturatingMath.add(needed, flashWorkspaceWholeBytes), halfGpu);
        long gpus = Math.max(1L, Math.min(uncapped, capped));
        return (int) Math.min(gpus, MAX_GPUS);
    }

    /** GPUs the whole scenario needs: every slot at the full context. */
    public int gpusForFullBatch() {
        return gpusFor(zeroCostCapacityBlocks);
    }

    /** Bytes in use on {@code gpus} GPUs holding {@code blocksInUse} blocks: fixed reservations plus those blocks. */
    public long usedBytes(long blocksInUse, int gpus) {
        return SaturatingMath.add(fixedReservedBytes(gpus), SaturatingMath.multiply(blocksInUse, blockBytes));
    }
}
