package dev.kvcache.memory;

import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.UsageLevel;
import dev.kvcache.units.Saturating;

/**
 * Every figure the report and the view show for one {@link Scenario}: KV per token and for the
 * batch, weights, the most loaded GPU's total, usage against capacity, efficiency, FlashAttention
 * workspace, limits, the vLLM reservation and training memory. Computed once, on construction.
 */
public final class ScenarioFigures {
    public final Scenario scenario;
    public final KvFootprint kvWhole;
    public final KvFootprint kvPerGpu;
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
    /** The fewest GPUs whose layout holds every slot at the full context: {@link #layoutNeeded}'s GPUs. */
    public final long gpusNeeded;
    /** True when not even {@link Scenario#MAX_GPUS} GPUs hold the scenario ({@link #gpusNeeded} is then that cap). */
    public final boolean gpusNeededCapped;
    /** The layout an engine would use on {@link #gpusNeeded} GPUs. */
    public final ParallelLayout layoutNeeded;
    public final FlashAttentionWorkspace flashAttention;
    public final long maxContextTokens;
    public final long maxBatch;
    public final VllmReservation vllm;
    public final TrainingMemory training;
    /** What eviction and KIVI-style quantization save on {@link #kvCacheBytes}. */
    public final KvSavings kvSavings;
    private final LayoutCost cost;

    public ScenarioFigures(Scenario s) {
        this(s, new LayoutPlan(s));
    }

    /** The figures of {@code s}, with GPUs needed from {@code plan} (the same model, device and record, any layout). */
    public ScenarioFigures(Scenario s, LayoutPlan plan) {
        this.scenario = s;
        ModelSpec m = s.model;
        DeviceSpec d = s.device;
        this.kvWhole = KvFootprint.wholeModel(m, s.kv).evicting(s.settings.eviction());
        this.kvPerGpu = KvFootprint.perGpu(m, s.kv, s.tp, s.pp).evicting(s.settings.eviction());
        this.kvBytesPerToken = kvWhole.uncappedBytesPerToken();
        this.kvCacheBytes = Saturating.multiply(s.batch, sequenceBytes(kvWhole, s.context));
        this.kvUsedBytes = Saturating.multiply(s.batch, kvWhole.bytesForTokens(s.context));
        this.kvSavings = new KvSavings(s, kvWhole);
        WeightFootprint weights = new WeightFootprint(m, s.weights);
        this.weightsBytes = weights.wholeModelBytes();
        this.cost = new LayoutCost(s);
        this.perGpuWeightsBytes = cost.weightBytesPerGpu(s.tp, s.pp, s.cp);
        this.perGpuKvBytes = cost.kvBytesPerGpu(s.tp, s.pp, s.cp, s.batch);
        this.flashAttention = workspace(s.batch, s.context);
        this.perGpuWorkspaceBytes = workspaceBytes(flashAttention);
        this.perGpuTotalBytes = cost.mostLoadedGpuBytes(s.tp, s.pp, s.cp);
        this.utilization = (double) perGpuTotalBytes / d.usableBytes();
        this.usageLevel = UsageLevel.of(utilization);
        this.fits = perGpuTotalBytes <= d.usableBytes();
        this.efficiency = kvCacheBytes == 0 ? 1.0 : (double) kvUsedBytes / kvCacheBytes;
        this.gpusNeeded = plan.gpusNeeded();
        this.layoutNeeded = plan.layoutNeeded();
        this.gpusNeededCapped = plan.gpusNeededCapped();
        this.maxContextTokens = largest(LimitKind.CONTEXT, Scenario.MAX_CONTEXT);
        this.maxBatch = largest(LimitKind.BATCH, Scenario.MAX_BATCH);
        this.vllm = new VllmReservation(new VllmKvGrouping(kvPerGpu), d.usableBytes(),
                s.gpuMemoryUtilization, cost.weightsOnGpu(s.tp, s.pp, s.cp), ActivationPeak.bytes(m, s.weights, s.tp),
                ActivationPeak.nonTorchBytes(s.tp, s.pp), s.context);
        this.training = new TrainingMemory(m, s.weights, s.batch, s.context, s.flash);
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
     * scenario's context (the max model length the user set) reserved up front.
     */
    private long sequenceBytes(KvFootprint f, long tokens) {
        return sequenceBytes(scenario, f, tokens, 1);
    }

    /** One sequence's reserved cache on one of {@code cp} ranks, each holding a share of the tokens. */
    static long sequenceBytes(Scenario s, KvFootprint f, long tokens, int cp) {
        long share = (tokens + cp - 1) / cp;
        if (s.paging == PagingMode.PAGED) {
            return f.pagedBytesForTokens(share, PagedAllocation.BLOCK_TOKENS);
        }
        return f.bytesForTokens(share);
    }

    private FlashAttentionWorkspace workspace(long batch, long context) {
        return LayoutCost.workspace(scenario, batch, context, scenario.tp, scenario.cp, scenario.gpus());
    }

    private long workspaceBytes(FlashAttentionWorkspace w) {
        return LayoutCost.workspaceBytes(w, scenario.flash);
    }

    private long perGpuTotal(long batch, long context) {
        return cost.perGpuBytes(scenario.tp, scenario.pp, scenario.cp, batch, context);
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
        return formula(FormulaForm.WHOLE);
    }

    /** The calculation in words and numbers, whole or in {@code form}. */
    public String formula(FormulaForm form) {
        return FormulaText.describe(this, form);
    }
}
