package dev.kvcache.desktop.cli;

import dev.kvcache.catalog.HostLink;
import dev.kvcache.memory.Scenario;
import dev.kvcache.scenario.EngineSpecProvider;
import dev.kvcache.scenario.ScenarioResolver;
import dev.kvcache.scenario.ServingRun;
import dev.kvcache.sim.Offload;
import dev.kvcache.timing.OffloadCost;
import dev.kvcache.timing.TimingSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report's {@code offload} object, printed only when offload is on: what the serving run moved to
 * host memory, the mean returning request's reload time against recomputing the same tokens
 * ({@link OffloadCost}), and the same run without offload beside it for time to first token and
 * preemptions. Without offload the report is what it was before offload existed.
 */
final class ReportOffload {
    private ReportOffload() {
    }

    /** The serving run's time model: the defaults, with the host link when offload is on. */
    static TimingSettings servingTiming(Scenario scenario, ScenarioResolver resolver) {
        return EngineSpecProvider.withHostLink(TimingSettings.DEFAULT, scenario.settings, resolver);
    }

    /** The {@code offload} object for {@code scenario}, whose serving run with offload is {@code with} (null: not simulated). */
    static Map<String, Object> of(Scenario scenario, ScenarioResolver resolver, ServingRun with) {
        Offload offload = scenario.settings.offload();
        HostLink link = resolver.hostLink(scenario.settings);
        TimingSettings timing = servingTiming(scenario, resolver);
        Map<String, Object> out = new LinkedHashMap<>();
        if (with == null) {
            out.put("skipped", ServingRun.whyNot(scenario));
            out.put("link", link == null ? null : link.id());
            return out;
        }
        OffloadCost cost = OffloadCost.of(scenario, timing);
        double tokens = with.meanReloadedTokens();
        out.put("offloadedBytes", with.offloadedBytes);
        out.put("reloadSecondsPerRequest", orNull(cost.reloadSeconds(tokens)));
        out.put("recomputeSecondsPerRequest", orNull(cost.recomputeSeconds(tokens)));
        out.put("reloadedTokensPerRequest", orNull(tokens));
        out.put("hostBytesPerGpu", offload.bytesPerGpu());
        out.put("link", link == null ? null : link.id());
        out.put("linkGBps", link == null ? null : link.gbpsPerDirection());
        out.put("offloads", with.offloads);
        out.put("reloads", with.reloads);
        ServingRun without = ServingRun.of(Scenario.of(scenario.settings.toBuilder().offload(Offload.OFF).build(),
                scenario.model, scenario.device, scenario.draftModel));
        out.put("preemptions", with.preemptions);
        out.put("preemptionsWithoutOffload", without.preemptions);
        out.put("ttftSeconds", orNull(with.meanTtftSeconds));
        out.put("ttftSecondsWithoutOffload", orNull(without.meanTtftSeconds));
        return out;
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : Double.valueOf(value);
    }
}
