package dev.kvcache.memory;

import dev.kvcache.sim.BlockSize;
import dev.kvcache.sim.Eviction;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.GpuShares;
import dev.kvcache.sim.MemoryLayout;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.WeightsMode;
import dev.kvcache.units.Saturating;
import java.util.Arrays;

/**
 * What one scenario puts on the most loaded GPU of each tp x pp x cp layout: weights, attention
 * workspace, every batch slot's bounded state and its share of the KV blocks, added by the one rule
 * {@link MemoryLayout#perGpuBytes} that the simulation also fills its pool by. The footprints of
 * each tp x pp are worked out once, so costing one more cp takes a few multiplications and
 * allocates nothing once warm.
 */
public final class LayoutCost {
    private final Scenario scenario;
    private final WeightFootprint weights;
    /**
     * Per tp (up to a node) and pp: the most loaded GPU's weight bytes (-1 until computed) and its
     * KV footprint at the scenario's context, in rows made on first use.
     */
    private final long[][] weightsByShape = new long[Scenario.NODE_GPUS + 1][];
    private final KvFootprint[][] kvByShape = new KvFootprint[Scenario.NODE_GPUS + 1][];
    /** Stages of at least one layer: the deepest pipeline an engine would use. */
    private final int rememberedPp;
    private final KvFootprint wholeKv;
    private final DraftFootprint draft;

    /** Costs layouts of {@code scenario}'s model, precisions, batch, context and switches; its tp, pp and cp are ignored. */
    public LayoutCost(Scenario scenario) {
        this.scenario = scenario;
        this.weights = new WeightFootprint(scenario.model, scenario.weights);
        this.rememberedPp = Math.max(1, Math.min(scenario.model.layers(), Scenario.MAX_PARALLEL));
        this.wholeKv = KvFootprint.wholeModel(scenario.model, scenario.kv).evicting(scenario.settings.eviction());
        this.draft = DraftFootprint.of(scenario);
    }

    /** Everything on the most loaded GPU of {@code tp x pp x cp} with every slot at the full context, bytes. */
    public long mostLoadedGpuBytes(int tp, int pp, int cp) {
        return perGpuBytes(tp, pp, cp, scenario.batch, scenario.context);
    }

    /** The same for {@code batch} sequences of {@code context} tokens (the limits ask other values). */
    public long perGpuBytes(int tp, int pp, int cp, long batch, long context) {
        boolean scenarioShape = context == scenario.context;
        KvFootprint kv = scenarioShape ? kv(tp, pp) : stageFootprint(tp, pp, context);
        long workspace = workspaceReserved(scenario, batch, context, tp, cp, gpus(tp, pp, cp), scenario.flash);
        long blocks = Saturating.multiply(batch, keptBlocks(context));
        // The draft is a fixed reservation beside the weights, in the one sum every count and layout uses.
        long fixed = Saturating.add(weightBytesPerGpu(tp, pp, cp), draftBytesPerGpu(tp, pp, cp));
        return MemoryLayout.perGpuBytes(fixed, workspace,
                slotStateBytes(kv, tp, pp, cp, context), batch, blocks, blockGroups(tp, pp, cp),
                blockBytes(kv));
    }

    /** The shares of the one layout {@code tp x pp x cp}, whatever the GPU count asked (a fixed deployment). */
    public GpuShares sharesOf(final int tp, final int pp, final int cp) {
        final long weights = weightBytesPerGpu(tp, pp, cp);
        final long flash = workspaceBytesPerGpu(tp, pp, cp, FlashMode.FLASH);
        final long standard = workspaceBytesPerGpu(tp, pp, cp, FlashMode.STANDARD);
        final long state = slotStateBytes(tp, pp, cp);
        final long block = blockBytes(tp, pp, cp);
        final int groups = blockGroups(tp, pp, cp);
        final long draftShare = draftBytesPerGpu(tp, pp, cp);
        return new GpuShares() {
            @Override
            public long draftBytes(int gpus) {
                return draftShare;
            }

            @Override
            public int layoutGpus(int gpus) {
                return gpus;
            }

            @Override
            public long weightBytes(int gpus) {
                return weights;
            }

            @Override
            public long workspaceBytes(int gpus, FlashMode mode) {
                return mode == FlashMode.FLASH ? flash : standard;
            }

            @Override
            public long workspaceSavedBytes(int gpus, int sequences, long tokens) {
                return LayoutCost.this.workspaceSavedBytes(tp, pp, cp, sequences, tokens);
            }

            @Override
            public long slotStateBytes(int gpus) {
                return state;
            }

            @Override
            public long blockBytes(int gpus) {
                return block;
            }

            @Override
            public int blockGroups(int gpus) {
                return groups;
            }
        };
    }

    /** The KV blocks and slot state of {@code batch} sequences at the full context on that GPU, bytes. */
    public long kvBytesPerGpu(int tp, int pp, int cp, long batch) {
        KvFootprint kv = kv(tp, pp);
        long blocks = Saturating.multiply(batch, keptBlocks(scenario.context));
        return MemoryLayout.perGpuBytes(0L, 0L, slotStateBytes(tp, pp, cp), batch, blocks, blockGroups(tp, pp, cp),
                blockBytes(kv));
    }

    /** The weights on the most loaded GPU of {@code tp x pp x cp} (0 when weights are not counted), bytes. */
    public long weightBytesPerGpu(int tp, int pp, int cp) {
        return scenario.weightsMode == WeightsMode.INCLUDED ? weightsOnGpu(tp, pp, cp) : 0L;
    }

    /** Speculative decoding's draft on the most loaded GPU of {@code tp x pp x cp} ({@link DraftFootprint}), bytes. */
    public long draftBytesPerGpu(int tp, int pp, int cp) {
        return draft.perGpuBytes(scenario, tp, pp, cp);
    }

    /** The weights the most loaded GPU of {@code tp x pp x cp} loads, counted or not (vLLM's budget needs them), bytes. */
    public long weightsOnGpu(int tp, int pp, int cp) {
        return scenario.compiledPartition() ? evenShare(weights.wholeModelBytes(), gpus(tp, pp, cp))
                : weightsOnMostLoaded(tp, pp);
    }

    /**
     * Attention workspace on each GPU of {@code tp x pp x cp} with FlashAttention or without, bytes
     * (every stage runs its own layers' attention, so stages do not divide it).
     */
    public long workspaceBytesPerGpu(int tp, int pp, int cp, FlashMode flash) {
        return workspaceReserved(scenario, scenario.batch, scenario.context, tp, cp, gpus(tp, pp, cp), flash);
    }

    /** Workspace FlashAttention avoids on that GPU for {@code sequences} sequences of {@code tokens}, capped per GPU, bytes. */
    public long workspaceSavedBytes(int tp, int pp, int cp, int sequences, long tokens) {
        if (sequences <= 0 || tokens <= 0) {
            return 0L;
        }
        return workspaceSaved(scenario, sequences, tokens, tp, cp, gpus(tp, pp, cp));
    }

    /** One slot's bounded state (windowed layers, linear-attention state) on that GPU at the full context, bytes. */
    public long slotStateBytes(int tp, int pp, int cp) {
        return slotStateBytes(kv(tp, pp), tp, pp, cp, scenario.context);
    }

    /** One whole-model 16-token block of the growing layers on that GPU, before the split over groups, bytes. */
    public long blockBytes(int tp, int pp, int cp) {
        return blockBytes(kv(tp, pp));
    }

    /** Groups a batch's blocks spread over: the context-parallel size, or every chip on SRAM accelerators. */
    public int blockGroups(int tp, int pp, int cp) {
        return scenario.compiledPartition() ? (int) Math.min(Integer.MAX_VALUE, gpus(tp, pp, cp)) : cp;
    }

    /** One slot's bounded state with footprint {@code kv} on a GPU of {@code tp x pp x cp} at {@code context}, bytes. */
    long slotStateBytes(KvFootprint kv, int tp, int pp, int cp, long context) {
        if (scenario.compiledPartition()) {
            return evenShare(boundedBytes(wholeKv, context), gpus(tp, pp, cp));
        }
        return boundedBytes(kv, (context + cp - 1) / cp);
    }

    /** The bounded part of a sequence of {@code tokens}: windowed layers (paged as the growing ones) and state. */
    private long boundedBytes(KvFootprint kv, long tokens) {
        return kv.boundedBytesForTokens(tokens, scenario.paging == PagingMode.PAGED ? PagedAllocation.BLOCK_TOKENS : 1);
    }

    /** One whole-model 16-token block on a GPU holding footprint {@code kv}, bytes. */
    long blockBytes(KvFootprint kv) {
        KvFootprint f = scenario.compiledPartition() ? wholeKv : kv;
        return BlockSize.TOKENS_PER_BLOCK * f.growingBytesPerToken();
    }

    /**
     * One GPU's attention scratch: its heads, and with context parallelism its share of the keys; on
     * SRAM chips an even share of the whole model's.
     */
    static FlashAttentionWorkspace workspace(Scenario s, long batch, long allTokens, int tp, int cp, long gpus) {
        long context = attendedTokens(s, allTokens);
        int tile = s.device.flashTile();
        int activation = WeightFootprint.activationBytes(s.weights);
        long cap = dev.kvcache.sim.Limits.workspaceCap(s.device.usableBytes());
        if (s.compiledPartition()) {
            // Every chip takes an equal share of all heads' scores, each credited at most its cap.
            return new FlashAttentionWorkspace(context, s.model.attention().heads(), batch, tile, activation,
                    Saturating.multiply(gpus, cap)).share(gpus);
        }
        return new FlashAttentionWorkspace(keysPerGpu(context, cp), headsPerGpu(s, tp), batch, tile, activation, cap);
    }

    /**
     * {@code workspace(...).savedBytes()} without making the workspace (the scene asks every frame);
     * {@code LayoutCostTest} holds the two equal.
     */
    static long workspaceSaved(Scenario s, long batch, long allTokens, int tp, int cp, long gpus) {
        long context = attendedTokens(s, allTokens);
        int tile = s.device.flashTile();
        int activation = WeightFootprint.activationBytes(s.weights);
        long cap = dev.kvcache.sim.Limits.workspaceCap(s.device.usableBytes());
        if (s.compiledPartition()) {
            long n = Math.max(1, gpus);
            return FlashAttentionWorkspace.ceilDiv(FlashAttentionWorkspace.savedBytes(context,
                    s.model.attention().heads(), batch, tile, activation, Saturating.multiply(gpus, cap)), n);
        }
        return FlashAttentionWorkspace.savedBytes(keysPerGpu(context, cp), headsPerGpu(s, tp), batch, tile,
                activation, cap);
    }

    /**
     * {@code workspaceBytes(workspace(...), flash)} without making the workspace: the layout search
     * asks it of every candidate layout of every new GPU count; {@code FlashSavingWithoutObjectTest}
     * holds the two equal.
     */
    static long workspaceReserved(Scenario s, long batch, long allTokens, int tp, int cp, long gpus, FlashMode flash) {
        int tile = s.device.flashTile();
        int activation = WeightFootprint.activationBytes(s.weights);
        long with;
        if (s.compiledPartition()) {
            with = FlashAttentionWorkspace.ceilDiv(FlashAttentionWorkspace.withBytes(s.model.attention().heads(), batch,
                    tile, activation), Math.max(1, gpus));
        } else {
            with = FlashAttentionWorkspace.withBytes(headsPerGpu(s, tp), batch, tile, activation);
        }
        return flash == FlashMode.FLASH ? with : Saturating.add(with, workspaceSaved(s, batch, allTokens, tp, cp, gpus));
    }

    /**
     * Tokens attention spans at {@code tokens}: a StreamingLLM window never attends past its sinks
     * and recent tokens; SnapKV/H2O budgets prefill the whole prompt before they evict, so span it.
     */
    private static long attendedTokens(Scenario s, long tokens) {
        Eviction e = s.settings.eviction();
        return e.kind() == Eviction.Kind.WINDOW ? e.keptTokens(tokens) : tokens;
    }

    private static long headsPerGpu(Scenario s, int tp) {
        return Math.max(1, s.model.attention().heads() / tp);
    }

    private static long keysPerGpu(long context, int cp) {
        return (context + cp - 1) / cp;
    }

    /**
     * What one GPU reserves of {@code w}: without FlashAttention it counts at most half the GPU more
     * than with it, the original tool's cap, which the simulation applies too.
     */
    static long workspaceBytes(FlashAttentionWorkspace w, FlashMode flash) {
        return flash == FlashMode.FLASH ? w.bytesWith() : Saturating.add(w.bytesWith(), w.savedBytes());
    }

    private long weightsOnMostLoaded(int tp, int pp) {
        if (tp > Scenario.NODE_GPUS || pp > rememberedPp) {
            return weights.perGpuBytes(tp, pp);
        }
        if (weightsByShape[tp] == null) {
            weightsByShape[tp] = new long[rememberedPp + 1];
            Arrays.fill(weightsByShape[tp], -1L);
        }
        if (weightsByShape[tp][pp] < 0) {
            weightsByShape[tp][pp] = weights.perGpuBytes(tp, pp);
        }
        return weightsByShape[tp][pp];
    }

    private KvFootprint kv(int tp, int pp) {
        if (tp > Scenario.NODE_GPUS || pp > rememberedPp) {
            return stageFootprint(tp, pp, scenario.context);
        }
        if (kvByShape[tp] == null) {
            kvByShape[tp] = new KvFootprint[rememberedPp + 1];
        }
        if (kvByShape[tp][pp] == null) {
            kvByShape[tp][pp] = stageFootprint(tp, pp, scenario.context);
        }
        return kvByShape[tp][pp];
    }

    /** The stage holding the most cache at {@code context} (past a window, one with a global layer). */
    private KvFootprint stageFootprint(int tp, int pp, long context) {
        return KvFootprint.perGpu(scenario.model, scenario.kv, tp, pp, context).evicting(scenario.settings.eviction());
    }

    /** Blocks of one sequence of {@code context} tokens: those of the tokens its cache keeps. */
    private long keptBlocks(long context) {
        return BlockSize.blocksFor(scenario.settings.eviction().keptTokens(context));
    }

    private static long gpus(int tp, int pp, int cp) {
        return (long) tp * pp * cp;
    }

    /** {@code bytes} over {@code parts} chips, rounded up: what a compiler's even partition puts on each. */
    static long evenShare(long bytes, long parts) {
        return bytes / parts + (bytes % parts == 0 ? 0 : 1);
    }
}
