package dev.kvcache.scenario;

import dev.kvcache.memory.LayoutPlan;
import dev.kvcache.memory.ParallelLayout;
import dev.kvcache.memory.Scenario;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.sim.SimSettings;

/** The memory engine's full report for what the user chose, spread over the GPUs in use. */
public final class FiguresForSettings {
    private final ScenarioResolver resolver;
    private SimSettings searchedSettings;
    private LayoutPlan search;

    public FiguresForSettings(ScenarioResolver resolver) {
        this.resolver = resolver;
    }

    /**
     * Figures at the selected context and batch on {@code gpus} GPUs: on the layout the record fixes,
     * or else the one {@link ParallelLayout} picks for that count. The layout search is shared.
     */
    public ScenarioFigures compute(SimSettings settings, int gpus) {
        LayoutPlan plan = layouts(settings);
        Scenario base = scenario(settings);
        if (settings.hasFixedLayout()) {
            return new ScenarioFigures(base, plan);
        }
        ParallelLayout layout = plan.layoutFor(gpus);
        return new ScenarioFigures(base.onLayout(layout.tp, layout.pp, layout.cp), plan);
    }

    /** The layouts of {@code settings} at every GPU count; the last one asked for is kept. */
    public LayoutPlan layouts(SimSettings settings) {
        if (search == null || settings != searchedSettings) {
            search = new LayoutPlan(scenario(settings));
            searchedSettings = settings;
        }
        return search;
    }

    /** The record on its model and device (one GPU unless it fixes a layout). */
    public Scenario scenario(SimSettings settings) {
        return Scenario.of(settings, resolver.model(settings.modelId()), resolver.device(settings.deviceId()),
                resolver.draft(settings));
    }
}
