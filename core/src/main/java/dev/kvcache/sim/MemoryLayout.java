package dev.kvcache.sim;

import dev.kvcache.units.Saturating;

/**
 * How one GPU's memory is laid out for one scenario (rebuilt when settings change; the only state it
 * keeps is two one-entry caches: the FlashAttention saving, and the fixed bytes of the last GPU
 * count): the most loaded GPU of the layout the memory engine picks for N GPUs ({@link GpuShares}) holds its share of the weights, its attention
 * workspace, every batch slot's bounded state, and its part of the pool of 16-token KV blocks.
 * Every figure here is per GPU: the die shows that GPU.
 *
 * <p>A block stands for 16 tokens of the <em>growing</em> layers of the whole model, so a
 * sequence's blocks cover exactly its tokens rounded up to 16 and the allocators never see the
 * window. The bounded part of a sequence's KV (windowed layers, at most {@code window} tokens, plus
 * linear-attention state) is reserved per batch slot at its maximum for the context, as vLLM
 * preallocates per-slot recurrent state. When every layer is windowed (block bytes 0) blocks cost
 * nothing and the pool holds every slot at full context, so nothing divides by zero.
 *
 * <p>N GPUs hold {@code B} blocks when {@link #usedBytesPerGpu(long, int)} fits one GPU: one rule,
 * {@link #perGpuBytes}, which the memory engine also uses to rank layouts and to count the GPUs a
 * scenario needs, so the simulation's count and the report's agree by construction.
 */
public final class MemoryLayout {
    /** Upper bound of any GPU count, so counts stay in {@code int} even for absurd workspaces. */
    static final int MAX_GPUS = Limits.MAX_GPUS;

    private final MemorySpec spec;
    private final GpuShares shares;
    private final long usableBytesPerGpu;
    private final int batch;
    private final FlashMode flash;
    private final long slotStateWholeBytes;
    private final long blockWholeBytes;
    private final long contextBlocks;
    private final long fullBatchBlocks;
    /** The last question {@link #workspaceSavedBytesPerGpu} answered, and its answer. */
    private int savedGpus = -1;
    private int savedSequences = -1;
    private long savedTokens = -1L;
    private long savedBytes;
    /** The fewest GPUs holding every slot at full context; 0 until first asked. */
    private int gpusForFullBatch;
    /**
     * {@link #usedBytesPerGpu}'s figures for {@link #fixedGpus} GPUs: every tick asks for the same
     * count, and its shares cost several long divisions (dear in the browser, a fifth of a small tick).
     */
    private int fixedGpus = -1;
    private long fixedBytesPerGpu;
    private int fixedGroups;
    private long fixedBlockBytes;

    MemoryLayout(MemorySpec spec, SimSettings settings) {
        this.spec = spec;
        this.shares = spec.shares() != null ? spec.shares() : new EvenShares(spec, settings);
        batch = settings.batch();
        flash = settings.flash();
        usableBytesPerGpu = spec.usableBytesPerGpu();
        slotStateWholeBytes = spec.windowedBytesForTokens(settings.contextTokens());
        blockWholeBytes = BlockSize.TOKENS_PER_BLOCK * spec.growingKvBytesPerToken();
        contextBlocks = BlockSize.blocksFor(spec.keptTokens(settings.contextTokens()));
        fullBatchBlocks = Saturating.multiply(contextBlocks, batch);
    }

    /**
     * Bytes on one GPU holding {@code blocks} whole-model blocks of a batch of {@code batch}: weights
     * + workspace + every slot's state + its share of the blocks ({@code ceil(blocks / groups)}
     * blocks of {@code blockBytes}). The one rule for "does a GPU hold it", here and in the engine.
     */
    public static long perGpuBytes(long weights, long workspace, long slotState, long batch, long blocks,
            long groups, long blockBytes) {
        return Saturating.add(fixedBytes(weights, workspace, slotState, batch), kvBytes(blocks, groups, blockBytes));
    }

    /** {@link #perGpuBytes}' reservations that do not grow with the blocks: weights, workspace, every slot's state. */
    private static long fixedBytes(long weights, long workspace, long slotState, long batch) {
        return Saturating.add(Saturating.add(weights, workspace), Saturating.multiply(batch, slotState));
    }

    /** {@link #perGpuBytes}' share of {@code blocks}: {@code ceil(blocks / groups)} blocks of {@code blockBytes}. */
    private static long kvBytes(long blocks, long groups, long blockBytes) {
        return Saturating.multiply(Saturating.ceilDiv(blocks, Math.max(1, groups)), blockBytes);
    }

    public MemorySpec spec() {
        return spec;
    }

    public long usableBytesPerGpu() {
        return usableBytesPerGpu;
    }

    /** GPUs the engine's layout at {@code gpus} puts to work. */
    public int layoutGpus(int gpus) {
        return shares.layoutGpus(gpus);
    }

    /** Weights on the most loaded of {@code gpus} GPUs (0 when excluded), bytes. */
    public long weightBytesPerGpu(int gpus) {
        return shares.weightBytes(gpus);
    }

    /** Speculative decoding's draft (weights and KV) on the most loaded of {@code gpus} GPUs, bytes. */
    public long draftBytesPerGpu(int gpus) {
        return shares.draftBytes(gpus);
    }

    /** Attention workspace on each of {@code gpus} GPUs with the selected kernel, bytes. */
    public long workspaceBytesPerGpu(int gpus) {
        return shares.workspaceBytes(gpus, flash);
    }

    /**
     * Workspace FlashAttention avoids on each GPU at the selected batch and full context, bytes:
     * the most it can save in this scenario (the view shows what it saves now).
     */
    public long workspaceSavedByFlashBytesPerGpu(int gpus) {
        return Math.max(0L, shares.workspaceBytes(gpus, FlashMode.STANDARD) - shares.workspaceBytes(gpus, FlashMode.FLASH));
    }

    /** Workspace FlashAttention avoids on one GPU for {@code sequences} sequences of {@code tokens}, capped per GPU, bytes. */
    public long workspaceSavedBytesPerGpu(int gpus, int sequences, long tokens) {
        // Asked several times a frame (banner, banks, legend) with the same state: the engine's
        // answer costs an object, so the last one is kept.
        if (gpus != savedGpus || sequences != savedSequences || tokens != savedTokens) {
            savedBytes = shares.workspaceSavedBytes(gpus, sequences, tokens);
            savedGpus = gpus;
            savedSequences = sequences;
            savedTokens = tokens;
        }
        return savedBytes;
    }

    /** One slot's bounded state on one GPU, bytes. */
    public long slotStateBytesPerGpu(int gpus) {
        return shares.slotStateBytes(gpus);
    }

    /** Every slot's bounded state on one GPU, bytes. */
    public long stateRegionBytesPerGpu(int gpus) {
        return Saturating.multiply(batch, shares.slotStateBytes(gpus));
    }

    /** Groups the blocks spread over at {@code gpus} GPUs. */
    public int blockGroups(int gpus) {
        return Math.max(1, shares.blockGroups(gpus));
    }

    /** One whole-model block's bytes on one GPU before the split over groups. */
    public long blockBytesPerGpu(int gpus) {
        return shares.blockBytes(gpus);
    }

    /** KV blocks' bytes on one GPU holding {@code blocks} whole-model blocks. */
    public long kvBlockBytesPerGpu(long blocks, int gpus) {
        return Saturating.multiply(Saturating.ceilDiv(blocks, blockGroups(gpus)), blockBytesPerGpu(gpus));
    }

    /** Windowed-layer and fixed state one slot reserves, whole model, bytes. */
    public long slotStateBytes() {
        return slotStateWholeBytes;
    }

    /** Bytes of one 16-token block of the growing layers, whole model; 0 when every layer is windowed. */
    public long blockBytes() {
        return blockWholeBytes;
    }

    /** Blocks covering the selected context: the most one sequence can hold. */
    public long contextBlocks() {
        return contextBlocks;
    }

    /** Bytes on one of {@code gpus} GPUs holding {@code blocksInUse} blocks: fixed reservations plus its blocks. */
    public long usedBytesPerGpu(long blocksInUse, int gpus) {
        if (gpus != fixedGpus) {
            fixedBytesPerGpu = fixedBytes(Saturating.add(weightBytesPerGpu(gpus), draftBytesPerGpu(gpus)),
                    workspaceBytesPerGpu(gpus), slotStateBytesPerGpu(gpus), batch);
            fixedGroups = blockGroups(gpus);
            fixedBlockBytes = blockBytesPerGpu(gpus);
            fixedGpus = gpus;
        }
        return Saturating.add(fixedBytesPerGpu, kvBytes(blocksInUse, fixedGroups, fixedBlockBytes));
    }

    /** Blocks the pool holds on {@code gpus} GPUs; 0 when the fixed reservations alone do not fit. */
    public long capacityBlocks(int gpus) {
        long fixed = usedBytesPerGpu(0L, gpus);
        if (fixed > usableBytesPerGpu) {
            return 0L;
        }
        long block = blockBytesPerGpu(gpus);
        if (block == 0) {
            return fullBatchBlocks;
        }
        return Saturating.multiply((usableBytesPerGpu - fixed) / block, blockGroups(gpus));
    }

    /** The fewest GPUs (at least 1) whose layout holds {@code blocks} blocks. */
    public int gpusFor(long blocks) {
        return gpusFor(blocks, 1);
    }

    /**
     * The fewest GPUs from {@code atLeast} whose layout puts all of them to work and holds
     * {@code blocks} blocks. A layout's capacity need not grow with every added GPU, so a pool
     * grows by asking from one above its own count; never past {@link #gpusForFullBatch()} for
     * what a full batch holds, so the count a run reaches is the count the scenario needs.
     */
    public int gpusFor(long blocks, int atLeast) {
        int start = Math.min(Math.max(1, atLeast), MAX_GPUS);
        if (holds(blocks, start)) {
            return start;
        }
        int ceiling = MAX_GPUS;
        if (blocks <= fullBatchBlocks) {
            int full = gpusForFullBatch();
            if (full > start) {
                ceiling = full;
            }
        }
        long lo = start;
        long step = 1;
        long hi;
        while (true) {
            hi = Math.min(ceiling, lo + step);
            if (hi == ceiling || holds(blocks, (int) hi)) {
                break;
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

    /** Whether {@code gpus} GPUs, all put to work by their layout, hold the reservations and {@code blocks} blocks. */
    private boolean holds(long blocks, int gpus) {
        return layoutGpus(gpus) == gpus && usedBytesPerGpu(blocks, gpus) <= usableBytesPerGpu;
    }

    /**
     * GPUs the whole scenario needs: every slot at the full context. The engine ranks layouts by
     * this very load, so it only falls as GPUs are added and a doubling-then-halving search finds
     * the fewest ({@link Limits#MAX_GPUS} when even that many do not hold it).
     */
    public int gpusForFullBatch() {
        if (gpusForFullBatch == 0) {
            gpusForFullBatch = fewestHolding(fullBatchBlocks);
        }
        return gpusForFullBatch;
    }

    private int fewestHolding(final long blocks) {
        return GpuSearch.fewest(new GpuSearch.Test() {
            @Override
            public boolean holds(int gpus) {
                return usedBytesPerGpu(blocks, gpus) <= usableBytesPerGpu;
            }
        }, MAX_GPUS);
    }
}
