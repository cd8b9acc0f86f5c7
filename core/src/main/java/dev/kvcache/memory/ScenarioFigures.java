package dev.kvcache.memory;

import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.ModelSpec;

/**
 * Every figure the report and the view show for one {@link Scenario}: KV per token and for the
 * batch, weights, the most loaded GPU's total, usage against capacity, efficiency, FlashAttention
 * workspace, limits, the vLLM reservation and training memory. Computed once, on construction.
 */
public final class ScenarioFigures {
    public final Scenario scenario;
    public final KvFootprint kvWhole;
    public final KvFootprint kvPerGpu;
    /** The stage holding the most cache at the scenario's context (past a window, one with a global layer). */
    private final KvFootprint kvOnMostLoadedGpu;
    public final long kvBytesPerToken;
    public final long kvCacheBytes;
    public final long kvUsedBytes;
    public final long weightsBytes;
    public final long perGpuWeightsBytes;
    public final long perGpuKvBytes;
    public final long perGpuWorkspaceBytes;
    public final long perGpuTotalBytes;
    public final double utilization;
    public final UsageLevel usageLevel;
    public final boolean fits;
    public final double efficiency;
    public final long gpusNeeded;
    public final FlashAttentionWorkspace flashAttention;
    public final long maxContextTokens;
    public final long maxBatch;
    public final VllmReservation vllm;
    public final TrainingMemory training;

    public ScenarioFigures(Scenario s) {
        this.scenario = s;
        ModelSpec m = s.model;
        DeviceSpec d = s.device;
        this.kvWhole = KvFootprint.wholeModel(m, s.kv);
        this.kvPerGpu = KvFootprint.perGpu(m, s.kv, s.tp, s.pp);
        this.kvOnMostLoadedGpu = KvFootprint.perGpu(m, s.kv, s.tp, s.pp, s.context);
        this.kvBytesPerToken = kvWhole.uncappedBytesPerToken();
        this.kvCacheBytes = Saturating.multiply(s.batch, sequenceBytes(kvWhole, s.context));
        this.kvUsedBytes = Saturating.multiply(s.batch, kvWhole.bytesForTokens(s.context));
        WeightFootprint weights = new WeightFootprint(m, s.weights);
        this.weightsBytes = weights.wholeModelBytes();
        long gpuWeights = s.compiledPartition() ? LayoutCost.evenShare(weights.wholeModelBytes(), s.gpus())
                : weights.perGpuBytes(s.tp, s.pp);
        this.perGpuWeightsBytes = s.countWeights.isOn() ? gpuWeights : 0;
        this.perGpuKvBytes = Saturating.multiply(s.batch, rankSequenceBytes(s.context));
        this.flashAttention = workspace(s.batch, s.context);
        this.perGpuWorkspaceBytes = workspaceBytes(flashAttention);
        this.perGpuTotalBytes = Saturating.add(Saturating.add(perGpuWeightsBytes, perGpuKvBytes),
                perGpuWorkspaceBytes);
        this.utilization = (double) perGpuTotalBytes / d.usableBytes();
        this.usageLevel = UsageLevel.of(utilization);
        this.fits = perGpuTotalBytes <= d.usableBytes();
        this.efficiency = kvCacheBytes == 0 ? 1.0 : (double) kvUsedBytes / kvCacheBytes;
        long wholeTotal = Saturating.add(Saturating.add(s.countWeights.isOn() ? weightsBytes : 0,
                kvCacheBytes), Saturating.multiply(perGpuWorkspaceBytes, (long) s.tp * s.cp));
        this.gpusNeeded = Math.max(1, wholeTotal / d.usableBytes() + (wholeTotal % d.usableBytes() == 0 ? 0 : 1));
        this.maxContextTokens = largest(LimitKind.CONTEXT, Scenario.MAX_CONTEXT);
        this.maxBatch = largest(LimitKind.BATCH, Scenario.MAX_BATCH);
        this.vllm = new VllmReservation(new VllmKvGrouping(kvPerGpu), d.usableBytes(),
                s.gpuMemoryUtilization, gpuWeights, ActivationPeak.bytes(m, s.weights, s.tp),
                ActivationPeak.nonTorchBytes(s.tp, s.pp), s.context);
        this.training = new TrainingMemory(m, s.weights, s.batch, s.context, s.flashAttention);
    }

    /**
     * Weights and KV cache at the full context on the most loaded GPU of {@code s}'s tp x pp x cp
     * layout: cheap (no limits, vLLM or training figures), for comparing layouts.
     */
    public static long mostLoadedGpuBytes(Scenario s) {
        return new LayoutCost(s).mostLoadedGpuBytes(s.tp, s.pp, s.cp);
    }

    /**
     * One sequence's reserved cache: paged, whole 16-token blocks per layer; contiguous, the
     * maximum length (the trained context, or the scenario's if longer) reserved up front.
     */
    private long sequenceBytes(KvFootprint f, long tokens) {
        return sequenceBytes(scenario, f, tokens, 1);
    }

    /** One sequence's cache on the most loaded GPU: its stage's layers, its heads, its share of the tokens. */
    private long rankSequenceBytes(long tokens) {
        if (scenario.compiledPartition()) {
            return LayoutCost.evenShare(sequenceBytes(scenario, kvWhole, tokens, 1), scenario.gpus());
        }
        return sequenceBytes(scenario, kvOnMostLoadedGpu, tokens, scenario.cp);
    }

    /** One sequence's reserved cache on one of {@code cp} ranks, each holding a share of the tokens. */
    static long sequenceBytes(Scenario s, KvFootprint f, long tokens, int cp) {
        long reserved = s.pagedAttention.isOn() ? tokens : Math.max(tokens, s.model.maxContext());
        long share = (reserved + cp - 1) / cp;
        if (s.pagedAttention.isOn()) {
            return f.pagedBytesForTokens(share, PagedAllocation.BLOCK_TOKENS);
        }
        return f.bytesForTokens(share);
    }

    private FlashAttentionWorkspace workspace(long batch, long context) {
        return LayoutCost.workspace(scenario, batch, context, scenario.tp, scenario.cp, scenario.gpus());
    }

    private long workspaceBytes(FlashAttentionWorkspace w) {
        return LayoutCost.workspaceBytes(w, scenario.flashAttention.isOn());
    }

    private long perGpuTotal(long batch, long context) {
        long ws = workspaceBytes(workspace(batch, context));
        return Saturating.add(Saturating.add(perGpuWeightsBytes,
                Saturating.multiply(batch, rankSequenceBytes(context))), ws);
    }

    /** Which reverse question {@link #largest} answers. */
    private enum LimitKind {
        CONTEXT,
        BATCH
    }

    /** The largest context (at this batch) or batch (at this context) that fits one GPU; 0 if none. */
    private long largest(LimitKind kind, long ceiling) {
        long lo = 0;
        long hi = ceiling;
        while (lo < hi) {
            long mid = lo + (hi - lo + 1) / 2;
            long total = kind == LimitKind.CONTEXT
                    ? perGpuTotal(scenario.batch, mid) : perGpuTotal(mid, scenario.context);
            if (total >= 0 && total <= scenario.device.usableBytes()) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The calculation in words and numbers, as the view's formula panel shows it. */
    public String formula() {
        return FormulaText.describe(this);
    }
}
