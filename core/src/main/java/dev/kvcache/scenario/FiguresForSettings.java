package dev.kvcache.scenario;

import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.memory.LayoutPlan;
import dev.kvcache.memory.ParallelLayout;
import dev.kvcache.memory.Scenario;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.memory.Switch;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.WeightsMode;

/** The memory engine's full report for what the user chose, spread over the GPUs in use. */
public final class FiguresForSettings {
    private final ScenarioResolver resolver;
    private SimSettings searchedSettings;
    private LayoutPlan search;

    public FiguresForSettings(ScenarioResolver resolver) {
        this.resolver = resolver;
    }

    /** Figures at the selected context and batch, laid out over {@code gpus} GPUs as {@link ParallelLayout} says. */
    public ScenarioFigures compute(SimSettings settings, int gpus) {
        ParallelLayout layout = layouts(settings).layoutFor(gpus);
        return new ScenarioFigures(builder(settings).tensorParallel(layout.tp).pipelineParallel(layout.pp)
                .contextParallel(layout.cp).build());
    }

    /** The layouts of {@code settings} at every GPU count; the last one asked for is kept. */
    public LayoutPlan layouts(SimSettings settings) {
        if (search == null || !settings.equals(searchedSettings)) {
            search = new LayoutPlan(builder(settings).build());
            searchedSettings = settings;
        }
        return search;
    }

    private Scenario.Builder builder(SimSettings settings) {
        ModelSpec model = resolver.model(settings.modelId());
        DeviceSpec device = resolver.device(settings.deviceId());
        return new Scenario.Builder(model, device)
                .weights(settings.weightPrecision())
                .kv(settings.kvPrecision())
                .batch(settings.batch())
                .context(settings.contextTokens())
                .continuousBatching(switchFor(settings.batching() == BatchingMode.CONTINUOUS))
                .pagedAttention(switchFor(settings.paging() == PagingMode.PAGED))
                .flashAttention(switchFor(settings.flash() == FlashMode.FLASH))
                .countWeights(switchFor(settings.weights() == WeightsMode.INCLUDED));
    }

    private static Switch switchFor(boolean on) {
        return on ? Switch.ON : Switch.OFF;
    }
}
