package dev.kvcache.scenario;

import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.SimSettings;
import java.util.Map;

/**
 * A tp x pp x cp layout asked for in a link or option: checked against the model by the engine's
 * own rules (vLLM's head rules, stages within the layers), and fixing the GPU count to its own.
 */
final class FixedLayoutRule {
    private FixedLayoutRule() {
    }

    /**
     * The built record, with a fixed layout checked against the model (vLLM's head rules, stages
     * within the layers): a layout it cannot take is refused with a notice and the previous kept. A
     * fixed layout also fixes the GPU count to its own.
     */
    static SimSettings checked(SimSettings.Builder b, Map<String, String> values, SimSettings base,
            ScenarioResolver resolver, ParamNotices notices) {
        SimSettings settings = b.build();
        if (!settings.hasFixedLayout()) {
            return settings;
        }
        try {
            Scenario.of(settings, resolver.model(settings.modelId()), resolver.device(settings.deviceId()),
                resolver.draft(settings));
        } catch (IllegalArgumentException e) {
            String field = values.containsKey("tp") ? "tp" : values.containsKey("pp") ? "pp" : "cp";
            b.layout(base.tp(), base.pp(), base.cp());
            notices.refused(field, values.containsKey(field) ? values.get(field) : "", e.getMessage());
            settings = b.build();
            if (!settings.hasFixedLayout()) {
                return settings;
            }
        }
        int gpus = settings.fixedLayoutGpus();
        if (settings.gpuCount().isAuto() || settings.gpuCount().fixedCount() != gpus) {
            if (values.containsKey("gpus")) {
                notices.clamped("gpus", values.get("gpus"), Integer.toString(gpus) + " (tp x pp x cp)");
            }
            settings = b.gpuCount(GpuCount.fixed(gpus)).build();
        }
        return settings;
    }
}
