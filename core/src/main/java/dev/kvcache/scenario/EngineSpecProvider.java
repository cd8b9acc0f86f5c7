package dev.kvcache.scenario;

import dev.kvcache.catalog.Catalog;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.HostLink;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.Precision;
import dev.kvcache.memory.FlashAttentionWorkspace;
import dev.kvcache.memory.KvFootprint;
import dev.kvcache.memory.LayoutCost;
import dev.kvcache.memory.LayoutPlan;
import dev.kvcache.memory.Scenario;
import dev.kvcache.memory.WeightFootprint;
import dev.kvcache.sim.Eviction;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.Limits;
import dev.kvcache.sim.MemorySpec;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.SpecProvider;
import dev.kvcache.sim.WorkspaceModel;
import dev.kvcache.timing.EngineStepTimer;
import dev.kvcache.timing.TimingSettings;

/**
 * The memory engine behind the simulation: turns the user's settings into the whole-model figures
 * the simulation lays out (weights, KV per token split into growing / windowed / fixed state,
 * attention workspace), and the time model of its engine steps for the serving clock. Unknown
 * ids fall back to the catalog's defaults rather than failing.
 */
public final class EngineSpecProvider implements SpecProvider {
    private final ScenarioResolver resolver;
    private final FiguresForSettings figures;

    public EngineSpecProvider(Catalog catalog) {
        this.resolver = new ScenarioResolver(catalog);
        this.figures = new FiguresForSettings(resolver);
    }

    /**
     * The formula's figures for the settings this provider lays out; sharing it shares the layout
     * search, so each GPU count is searched once for the simulation and the formula together.
     */
    public FiguresForSettings figures() {
        return figures;
    }

    @Override
    public MemorySpec specFor(SimSettings settings) {
        DeviceSpec device = resolver.device(settings.deviceId());
        MemorySpec.Builder spec = builder(resolver.model(settings.modelId()), device,
                settings.weightPrecision(), settings.kvPrecision(), settings.eviction());
        if (settings.hasFixedLayout()) {
            // The layout the user fixed, whatever the count (the codec fixes the count to match).
            Scenario fixed = figures.scenario(settings);
            return spec.shares(new LayoutCost(fixed).sharesOf(fixed.tp, fixed.pp, fixed.cp)).timer(timer(settings))
                    .build();
        }
        // What the GPU the formula describes holds: the engine's layout at each GPU count.
        return spec.shares(figures.layouts(settings)).timer(timer(settings)).build();
    }

    /**
     * The serving clock's timer for {@code settings}: the step model of the layout the user fixed,
     * else of the engine's layout at each GPU count (the search shared with the figures). The
     * formula's step sentence asks one of its own, so it prices a step exactly as the clock does.
     */
    public EngineStepTimer timer(SimSettings settings) {
        TimingSettings timing = withHostLink(timing(settings), settings, resolver);
        if (settings.hasFixedLayout()) {
            Scenario fixed = figures.scenario(settings);
            return EngineStepTimer.fixed(fixed, fixed.tp, fixed.pp, fixed.cp, timing);
        }
        final LayoutPlan plan = figures.layouts(settings);
        return new EngineStepTimer(figures.scenario(settings), plan::layoutFor, timing);
    }

    /** {@code timing} with the host link KV offload reloads over, when {@code settings} turn offload on. */
    public static TimingSettings withHostLink(TimingSettings timing, SimSettings settings, ScenarioResolver resolver) {
        HostLink link = settings.offload().isOn() ? resolver.hostLink(settings) : null;
        return link == null ? timing : timing.withHostLink(link.bytesPerSecond());
    }

    /**
     * The time model's settings for {@code settings}: its defaults (the step overhead, the collective
     * latency) with the achieved fractions of peak bandwidth and compute the scenario sets.
     */
    public static TimingSettings timing(SimSettings settings) {
        double bandwidth = settings.bwEfficiency() > 0 ? settings.bwEfficiency() : TimingSettings.DEFAULT_BW_EFFICIENCY;
        double flops = settings.flopsEfficiency() > 0 ? settings.flopsEfficiency()
                : TimingSettings.DEFAULT_FLOPS_EFFICIENCY;
        return TimingSettings.DEFAULT.withEfficiencies(bandwidth, flops);
    }

    static MemorySpec.Builder builder(ModelSpec model, DeviceSpec device, Precision weights, Precision kv,
            Eviction eviction) {
        KvFootprint kvFootprint = KvFootprint.wholeModel(model, kv).evicting(eviction);
        return MemorySpec.builder()
                .usableBytesPerGpu(device.usableBytes())
                .weightBytes(new WeightFootprint(model, weights).wholeModelBytes())
                .sequence(kvFootprint.sequence())
                .workspace(new EngineWorkspace(model, device, weights));
    }

    /** The attention workspace of the memory engine's FlashAttention model, whole model, all heads. */
    private static final class EngineWorkspace implements WorkspaceModel {
        private final ModelSpec model;
        private final DeviceSpec device;
        private final Precision weights;

        EngineWorkspace(ModelSpec model, DeviceSpec device, Precision weights) {
            this.model = model;
            this.device = device;
            this.weights = weights;
        }

        @Override
        public long workspaceBytes(int batch, long contextTokens, FlashMode mode) {
            FlashAttentionWorkspace workspace = new FlashAttentionWorkspace(contextTokens,
                    model.attention().heads(), batch, device.flashTile(),
                    WeightFootprint.activationBytes(weights), Limits.workspaceCap(device.usableBytes()));
            // Whole model, uncapped: the simulation splits it over its GPUs and caps each GPU's
            // saving at half the GPU, as the engine's per-GPU figures do.
            return mode == FlashMode.FLASH ? workspace.bytesWith() : workspace.bytesWithout();
        }
    }
}
