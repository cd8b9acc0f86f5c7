package dev.kvcache.host;

import dev.kvcache.catalog.DevicePerformance;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.scenario.EngineSpecProvider;
import dev.kvcache.scenario.ScenarioParams;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.PrefixCacheView;
import dev.kvcache.sim.PrefixWorkload;
import dev.kvcache.sim.ServingView;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.SimulationView;
import dev.kvcache.sim.WeightsMode;
import dev.kvcache.timing.ServingCosts;
import dev.kvcache.units.Quantities;

/**
 * The current scenario and memory figures as one JSON object, for {@code window.kvcache.state()}
 * and the debug log. Built by hand: core has no JSON library that GWT compiles.
 */
public final class StateJson {
    private StateJson() {
    }

    public static String of(HostView host, Iterable<String> notices) {
        return of(host, notices, null);
    }

    /** The same with {@code reducedMotion}: whether the scene shows {@code motion} reduced (left out when null). */
    public static String of(HostView host, Iterable<String> notices, Motion motion) {
        return of(host, notices, motion, null);
    }

    /** The same with {@code view}: the scene the centre shows, "die" or "cluster" (left out when null). */
    public static String of(HostView host, Iterable<String> notices, Motion motion, String view) {
        SimulationView sim = host.simulation();
        SimSettings s = sim.settings();
        MemoryUsage m = sim.memory();
        long tokens = sim.longestTokens();
        StringBuilder b = new StringBuilder(1024).append('{');
        text(b, "model", host.model().id());
        text(b, "modelName", host.model().name());
        text(b, "gpu", host.device().id());
        text(b, "gpuName", host.device().name());
        number(b, "batch", s.batch());
        number(b, "context", s.contextTokens());
        number(b, "tokens", tokens);
        real(b, "speed", s.speed());
        flag(b, "paused", !host.isPlaying());
        flag(b, "cb", s.batching() == BatchingMode.CONTINUOUS);
        flag(b, "pa", s.paging() == PagingMode.PAGED);
        flag(b, "fa", s.flash() == FlashMode.FLASH);
        flag(b, "weights", s.weights() == WeightsMode.INCLUDED);
        text(b, "precision", s.weightPrecision().displayName());
        text(b, "kv", s.kvPrecision().displayName());
        // The field's name before the link's names became the only ones; scripts still read it.
        text(b, "kvPrecision", s.kvPrecision().displayName());
        text(b, "evict", s.eviction().toString());
        // Speculative decoding as the link names it, and what its draft holds on the most loaded GPU.
        text(b, "draft", s.speculation().draft());
        number(b, "draftK", s.speculation().draftK());
        real(b, "acceptance", s.speculation().acceptance());
        number(b, "draftBytesPerGpu", m.layout().draftBytesPerGpu(Math.max(1, m.gpuCount())));
        // The time model's achieved shares of peak as they apply (the link leaves a default out).
        real(b, "bw", EngineSpecProvider.timing(s).bwEfficiency());
        real(b, "flops", EngineSpecProvider.timing(s).flopsEfficiency());
        text(b, "prefix", s.prefix().linkName());
        text(b, "gpus", s.gpuCount().toString());
        if (s.offload().isOn()) {
            // Only when on, so the state of a scene without offload reads as before.
            number(b, "offload", s.offload().gib());
            text(b, "offloadLink", s.offload().link().word());
            number(b, "offloads", sim.host().offloads());
            number(b, "reloads", sim.host().reloads());
        }
        number(b, "seed", s.seed());
        number(b, "tick", sim.tick());
        number(b, "gpuCount", m.gpuCount());
        number(b, "gpusNeeded", m.gpusNeeded());
        // All GPUs together: every GPU counted at the most loaded one's use, as the die shows it.
        number(b, "usedBytes", dev.kvcache.units.Saturating.multiply(m.usedBytesPerGpu(), m.gpuCount()));
        number(b, "capacityBytes", dev.kvcache.units.Saturating.multiply(m.capacityBytesPerGpu(), m.gpuCount()));
        number(b, "usedBytesPerGpu", m.usedBytesPerGpu());
        number(b, "capacityBytesPerGpu", m.capacityBytesPerGpu());
        real(b, "usage", m.usageFraction());
        number(b, "kvUsedBytes", m.kvUsedBytes());
        number(b, "kvReservedBytes", m.kvReservedBytes());
        number(b, "wasteBytes", m.wasteBytes());
        if (s.prefix() != PrefixWorkload.NONE) {
            // Only with prefix caching chosen, as report prints it; since the scenario was built.
            PrefixCacheView c = sim.blocks().prefixChains();
            b.append("\"prefixCache\":{");
            real(b, "hitRate", c.hitRate());
            number(b, "sharedBytes", m.prefixSavedBytes());
            number(b, "prefillTokensSkipped", c.prefillTokensSkipped());
            number(b, "evictedBlocks", c.evictedBlocks());
            b.setLength(b.length() - 1);
            b.append("},");
        }
        ScenarioFigures f = host.figures();
        if (f != null) {
            number(b, "kvBytesPerToken", f.kvBytesPerToken);
            number(b, "weightsBytes", f.weightsBytes);
            number(b, "kvCacheBytes", f.kvCacheBytes);
            number(b, "perGpuTotalBytes", f.perGpuTotalBytes);
            // The layout the formula describes: the one that holds the scenario (auto), as report's, or the fixed count's.
            b.append("\"layout\":{");
            number(b, "tp", f.scenario.tp);
            number(b, "pp", f.scenario.pp);
            number(b, "cp", f.scenario.cp);
            number(b, "gpus", f.scenario.gpus());
            if (s.deployment().isSet()) {
                number(b, "dp", s.deployment().dp());
                text(b, "cluster", s.deployment().cluster());
            }
            b.setLength(b.length() - 1);
            b.append("},");
        }
        serving(b, sim.serving(), m.gpuCount(), host.device().performance());
        text(b, "link", ScenarioParams.format(s, tokens, !host.isPlaying()));
        if (motion != null) {
            flag(b, "reducedMotion", motion == Motion.REDUCED);
        }
        if (view != null) {
            text(b, "view", view);
        }
        b.append("\"notices\":[");
        boolean first = true;
        for (String notice : notices) {
            b.append(first ? "" : ",");
            quote(b, notice);
            first = false;
        }
        return b.append("]}").toString();
    }

    /**
     * The serving clock, apart from the animation's ticks and speed: simulated seconds of serving,
     * the request timings measured on it, throughput, GPU-hours, and money and energy per million
     * and per output token (energy at full board power: an upper bound). Means are null before the
     * first request finishes.
     */
    private static void serving(StringBuilder b, ServingView v, int gpus, DevicePerformance device) {
        b.append("\"serving\":{");
        real(b, "seconds", v.seconds());
        number(b, "gpus", gpus);
        number(b, "requestsFinished", v.requestsTimed());
        number(b, "outputTokens", v.outputTokens());
        real(b, "ttftSeconds", v.meanTtftSeconds());
        real(b, "tpotSeconds", v.meanTpotSeconds());
        real(b, "endToEndSeconds", v.meanEndToEndSeconds());
        real(b, "queueSeconds", v.meanQueueSeconds());
        real(b, "tokensPerSecond", v.tokensPerSecond());
        real(b, "tokensPerSecondPerUser", v.tokensPerSecondPerUser());
        real(b, "requestsPerSecond", v.requestsPerSecond());
        real(b, "gpuHours", v.gpuSeconds() / 3600);
        real(b, "costPerMillionTokens", ServingCosts.dollarsPerMillionTokens(device, v.gpuSeconds(), v.outputTokens()));
        real(b, "joulesPerToken", ServingCosts.joulesPerToken(device, v.gpuSeconds(), v.outputTokens()));
        text(b, "boundBy", v.bound().word());
        b.setLength(b.length() - 1);
        b.append("},");
    }

    private static void text(StringBuilder b, String name, String value) {
        quote(b, name);
        b.append(':');
        quote(b, value);
        b.append(',');
    }

    private static void number(StringBuilder b, String name, long value) {
        quote(b, name);
        b.append(':').append(value).append(',');
    }

    private static void real(StringBuilder b, String name, double value) {
        quote(b, name);
        boolean finite = !Double.isNaN(value) && !Double.isInfinite(value);
        b.append(':').append(finite ? Double.toString(Quantities.figure(value)) : "null").append(',');
    }

    private static void flag(StringBuilder b, String name, boolean value) {
        quote(b, name);
        b.append(':').append(value).append(',');
    }

    static void quote(StringBuilder b, String value) {
        b.append('"');
        String v = value == null ? "" : value;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                String hex = Integer.toHexString(c);
                b.append("\\u").append("0000".substring(hex.length())).append(hex);
            } else {
                b.append(c);
            }
        }
        b.append('"');
    }
}
