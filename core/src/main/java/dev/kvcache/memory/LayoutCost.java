package dev.kvcache.memory;

import java.util.Arrays;

/**
 * What one scenario puts on the most loaded GPU of each tp x pp x cp layout (weights, and KV cache
 * at the full context), for comparing layouts many times over: the footprints of each tp x pp are
 * worked out once, so one more cp costs a few multiplications. The arithmetic is
 * {@link ScenarioFigures}'s, which asks this class too.
 */
public final class LayoutCost {
    /** Tensor-parallel sizes whose footprints are remembered (engines stay within a node). */
    private static final int REMEMBERED_TP = 8;

    private final Scenario scenario;
    private final WeightFootprint weights;
    /**
     * Per tp (up to a node) and pp: the most loaded GPU's weight bytes (-1 until computed) and its
     * KV footprint, in rows made on first use, so costing a layout allocates nothing once warm.
     */
    private final long[][] weightsByShape = new long[REMEMBERED_TP + 1][];
    private final KvFootprint[][] kvByShape = new KvFootprint[REMEMBERED_TP + 1][];
    /** Stages of at least one layer: the deepest pipeline an engine would use. */
    private final int rememberedPp;
    private KvFootprint wholeKv;

    /** Costs layouts of {@code scenario}'s model, precisions, batch, context and switches; its tp, pp and cp are ignored. */
    public LayoutCost(Scenario scenario) {
        this.scenario = scenario;
        this.weights = new WeightFootprint(scenario.model, scenario.weights);
        this.rememberedPp = Math.max(1, Math.min(scenario.model.layers(), Scenario.MAX_PARALLEL));
    }

    /** Weights and full-context KV cache on the most loaded GPU of {@code tp x pp x cp}, bytes. */
    public long mostLoadedGpuBytes(int tp, int pp, int cp) {
        long sequence;
        if (scenario.compiledPartition()) {
            sequence = evenShare(ScenarioFigures.sequenceBytes(scenario, wholeKv(), scenario.context, 1), gpus(tp, pp, cp));
        } else {
            sequence = ScenarioFigures.sequenceBytes(scenario, kv(tp, pp), scenario.context, cp);
        }
        return Saturating.add(weightBytesPerGpu(tp, pp, cp), Saturating.multiply(scenario.batch, sequence));
    }

    /** The weights on the most loaded GPU of {@code tp x pp x cp} (0 when weights are not counted), bytes. */
    public long weightBytesPerGpu(int tp, int pp, int cp) {
        if (!scenario.countWeights.isOn()) {
            return 0L;
        }
        return scenario.compiledPartition() ? evenShare(weights.wholeModelBytes(), gpus(tp, pp, cp))
                : weightsOnMostLoaded(tp, pp);
    }

    /**
     * Attention workspace on each GPU of {@code tp x pp x cp} with FlashAttention or without, bytes
     * (every stage runs its own layers' attention, so stages do not divide it).
     */
    public long workspaceBytesPerGpu(int tp, int pp, int cp, boolean flash) {
        return workspaceBytes(workspace(scenario, scenario.batch, scenario.context, tp, cp, gpus(tp, pp, cp)), flash);
    }

    /**
     * One GPU's attention scratch: its heads, and with context parallelism its share of the keys; on
     * SRAM chips an even share of the whole model's.
     */
    static FlashAttentionWorkspace workspace(Scenario s, long batch, long context, int tp, int cp, long gpus) {
        int tile = s.device.flashTile();
        int activation = WeightFootprint.activationBytes(s.weights);
        long halfGpu = s.device.usableBytes() / 2;
        if (s.compiledPartition()) {
            // Every chip takes an equal share of all heads' scores, each credited at most half of itself.
            return new FlashAttentionWorkspace(context, s.model.attention().heads(), batch, tile, activation,
                    Saturating.multiply(gpus, halfGpu)).share(gpus);
        }
        long headsPerGpu = Math.max(1, s.model.attention().heads() / tp);
        long keys = (context + cp - 1) / cp;
        return new FlashAttentionWorkspace(keys, headsPerGpu, batch, tile, activation, halfGpu);
    }

    /**
     * What one GPU reserves of {@code w}: without FlashAttention it counts at most half the GPU more
     * than with it, the original tool's cap, which the simulation applies too.
     */
    static long workspaceBytes(FlashAttentionWorkspace w, boolean flash) {
        return flash ? w.bytesWith() : Saturating.add(w.bytesWith(), w.savedBytes());
    }

    private long weightsOnMostLoaded(int tp, int pp) {
        if (tp > REMEMBERED_TP || pp > rememberedPp) {
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
        if (tp > REMEMBERED_TP || pp > rememberedPp) {
            return KvFootprint.perGpu(scenario.model, scenario.kv, tp, pp, scenario.context);
        }
        if (kvByShape[tp] == null) {
            kvByShape[tp] = new KvFootprint[rememberedPp + 1];
        }
        if (kvByShape[tp][pp] == null) {
            kvByShape[tp][pp] = KvFootprint.perGpu(scenario.model, scenario.kv, tp, pp, scenario.context);
        }
        return kvByShape[tp][pp];
    }

    private KvFootprint wholeKv() {
        if (wholeKv == null) {
            wholeKv = KvFootprint.wholeModel(scenario.model, scenario.kv);
        }
        return wholeKv;
    }

    private static long gpus(int tp, int pp, int cp) {
        return (long) tp * pp * cp;
    }

    /** {@code bytes} over {@code parts} chips, rounded up: what a compiler's even partition puts on each. */
    static long evenShare(long bytes, long parts) {
        return bytes / parts + (bytes % parts == 0 ? 0 : 1);
    }
}
