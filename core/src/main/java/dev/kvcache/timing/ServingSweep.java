package dev.kvcache.timing;

import dev.kvcache.memory.LayoutPlan;
import dev.kvcache.memory.ParallelLayout;
import dev.kvcache.memory.Scenario;
import dev.kvcache.memory.ScenarioFigures;

/**
 * Throughput against per-user latency as the batch grows, on one layout: serving 1, 2, ... users
 * each sending requests of {@code prompt} and {@code output} tokens ({@link ServingPerformance} at
 * each batch), up to the KV limit, the most such requests the layout holds at once. The layout is
 * the one the scenario fixes, else the fewest GPUs that hold the weights and one request. The
 * {@code sweep} command prints it and the app's chart draws it: one rule for both.
 */
public final class ServingSweep {
    /** The scenario holding one request, on the layout every batch of the sweep runs on. */
    public final Scenario layout;
    /** The most requests the layout holds at once; 0 when it holds none. */
    public final long kvLimit;
    public final long prompt;
    public final long output;
    private final StepModel model;

    private ServingSweep(Scenario layout, TimingSettings settings, long prompt, long output) {
        this.layout = layout;
        this.prompt = prompt;
        this.output = output;
        this.kvLimit = new ScenarioFigures(layout).maxBatch;
        this.model = StepModel.of(layout, settings);
    }

    /** The sweep of {@code scenario}'s model, device, precisions and optimisations for requests of prompt + output tokens. */
    public static ServingSweep of(Scenario scenario, TimingSettings settings, long prompt, long output) {
        if (prompt < 1 || output < 1) {
            throw new IllegalArgumentException("prompt and output must be at least 1 token");
        }
        return new ServingSweep(oneRequest(scenario, prompt + output), settings, prompt, output);
    }

    /**
     * The scenario holding one request of {@code tokens} tokens, on the layout the scenario fixes or
     * else the fewest GPUs the engine would lay it out on.
     */
    private static Scenario oneRequest(Scenario scenario, long tokens) {
        Scenario one = Scenario.of(scenario.settings.toBuilder().batch(1).contextTokens(tokens).build(),
                scenario.model, scenario.device, scenario.draftModel);
        if (scenario.settings.hasFixedLayout()) {
            return one;
        }
        ParallelLayout layout = new LayoutPlan(one).layoutNeeded();
        return one.onLayout(layout.tp, layout.pp, layout.cp);
    }

    /** Serving {@code batch} users on the sweep's layout (any batch: past {@link #kvLimit} the cache would not hold them). */
    public ServingPerformance at(int batch) {
        return new ServingPerformance(model, layout, batch, prompt, output);
    }

    /** The step model every batch is priced with. */
    public StepModel model() {
        return model;
    }
}
