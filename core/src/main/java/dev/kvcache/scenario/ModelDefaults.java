package dev.kvcache.scenario;

import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.catalog.ScenarioDefaults;
import dev.kvcache.sim.SimSettings;

/**
 * A model brings its precisions, as a device brings its optimisations: selecting a model (M key,
 * picker, link, console) starts it in its native weights with the KV cache to match, by the same
 * {@link ScenarioDefaults} rule the {@code report} command uses.
 */
public final class ModelDefaults {
    private ModelDefaults() {
    }

    /**
     * Sets the model and its default weight and KV precisions on {@code builder}; a layout fixed for
     * the previous model is let go (its heads and layers need not fit this one).
     */
    public static SimSettings.Builder applyTo(SimSettings.Builder builder, ModelSpec model) {
        return builder.modelId(model.id()).layout(0, 0, 0)
                .weightPrecision(ScenarioDefaults.weights(model))
                .kvPrecision(ScenarioDefaults.kv(ScenarioDefaults.weights(model)));
    }
}
