package dev.kvcache.desktop.cli;

import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.ModelSpec;
import dev.kvcache.memory.ClusterLayout;
import dev.kvcache.memory.DraftFootprint;
import dev.kvcache.memory.Scenario;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.memory.TrainingMemory;
import dev.kvcache.memory.VllmReservation;
import dev.kvcache.scenario.ServingRun;
import dev.kvcache.sim.BatchingMode;
import dev.kvcache.sim.FlashMode;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.PrefixWorkload;
import dev.kvcache.sim.Speculation;
import dev.kvcache.sim.WeightsMode;
import dev.kvcache.timing.ServingPerformance;
import dev.kvcache.units.Saturating;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lays a {@link ScenarioFigures} out as the report's JSON object (field order as documented; bytes as integers). */
final class ReportJson {
    private ReportJson() {
    }

    /**
     * {@code serving} is the simulation's run of the scenario, or null when it cannot serve it;
     * {@code notices} are one-line remarks on how an engine would run it (possibly none);
     * {@code offload} is KV offload's object, or null when offload is off (then neither it nor its settings print);
     * {@code cluster} is the {@code dp}/{@code cluster} options' object (laid out as {@code clusterLayout}), or null
     * when neither is given.
     */
    static Map<String, Object> of(ScenarioFigures f, ServingRun serving, ServingPerformance performance,
            RequestShape shape, List<String> notices, Map<String, Object> offload, ClusterLayout clusterLayout,
            Map<String, Object> cluster) {
        ModelSpec m = f.scenario.model;
        DeviceSpec d = f.scenario.device;
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", m.id());
        model.put("name", m.name());
        model.put("layers", m.layers());
        model.put("kvHeads", m.attention().kvHeads());
        model.put("headDim", m.attention().headDim());
        model.put("attention", m.attention().attentionKind().name());
        model.put("params", m.totalParams());
        model.put("activeParams", m.activeParams());
        model.put("maxContext", m.maxContext());
        out.put("model", model);
        Map<String, Object> gpu = new LinkedHashMap<>();
        gpu.put("id", d.id());
        gpu.put("name", d.name());
        gpu.put("marketedBytes", d.marketedBytes());
        gpu.put("usableBytes", d.usableBytes());
        gpu.put("memoryType", d.memoryType());
        out.put("gpu", gpu);
        Map<String, Object> settings = new LinkedHashMap<>();
        // The scenario's inputs under the link's names; kvPrecision stays for the scripts that read it.
        settings.put("precision", f.scenario.weights.displayName());
        settings.put("kv", f.scenario.kv.displayName());
        settings.put("kvPrecision", f.scenario.kv.displayName());
        settings.put("batch", f.scenario.batch);
        settings.put("context", f.scenario.context);
        settings.put("tp", f.scenario.tp);
        settings.put("pp", f.scenario.pp);
        settings.put("cp", f.scenario.cp);
        if (cluster != null) {
            settings.put("dp", f.scenario.settings.deployment().dp());
            settings.put("cluster", cluster.get("preset"));
        }
        settings.put("gpuMemoryUtilization", f.scenario.gpuMemoryUtilization);
        settings.put("cb", f.scenario.batching == BatchingMode.CONTINUOUS ? 1 : 0);
        settings.put("pa", f.scenario.paging == PagingMode.PAGED ? 1 : 0);
        settings.put("fa", f.scenario.flash == FlashMode.FLASH ? 1 : 0);
        settings.put("weights", f.scenario.weightsMode == WeightsMode.INCLUDED ? 1 : 0);
        settings.put("contextBeyondTrained", f.scenario.beyondTrainedContext());
        Speculation speculation = f.scenario.settings.speculation();
        settings.put("draft", speculation.draft());
        settings.put("draftK", speculation.draftK());
        settings.put("acceptance", speculation.acceptance());
        if (f.scenario.settings.prefix() != PrefixWorkload.NONE) {
            settings.put("prefix", f.scenario.settings.prefix().linkName());
        }
        if (offload != null) {
            settings.put("offload", f.scenario.settings.offload().gib());
            settings.put("offloadLink", offload.get("link"));
        }
        settings.put("prompt", shape.prompt);
        settings.put("output", shape.output);
        settings.put("bwEfficiency", shape.timing.bwEfficiency());
        settings.put("flopsEfficiency", shape.timing.flopsEfficiency());
        out.put("settings", settings);
        out.put("kvBytesPerToken", f.kvBytesPerToken);
        out.put("kvCacheBytes", f.kvCacheBytes);
        out.put("weightsBytes", f.weightsBytes);
        Map<String, Object> perGpu = new LinkedHashMap<>();
        perGpu.put("weightsBytes", f.perGpuWeightsBytes);
        perGpu.put("kvCacheBytes", f.perGpuKvBytes);
        perGpu.put("workspaceBytes", f.perGpuWorkspaceBytes);
        perGpu.put("totalBytes", f.perGpuTotalBytes);
        out.put("perGpu", perGpu);
        Map<String, Object> kv = new LinkedHashMap<>();
        kv.put("growingBytesPerToken", f.kvWhole.growingBytesPerToken());
        kv.put("windowedBytesPerToken", f.kvWhole.windowedBytesPerToken());
        kv.put("window", f.kvWhole.window());
        kv.put("fixedStateBytesPerSequence", f.kvWhole.fixedStateBytesPerSequence());
        kv.put("usedBytes", f.kvUsedBytes);
        out.put("kv", kv);
        out.put("gpusNeeded", f.gpusNeeded);
        // The layout that holds the scenario on gpusNeeded GPUs (tp x pp x cp = gpusNeeded).
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("tp", f.layoutNeeded.tp);
        layout.put("pp", f.layoutNeeded.pp);
        layout.put("cp", f.layoutNeeded.cp);
        if (cluster != null) {
            // Replicas of the layout, each a tp x pp x cp group (cluster.gpus counts them all).
            layout.put("dp", clusterLayout.replicas);
        }
        layout.put("gpus", f.layoutNeeded.gpus());
        if (f.gpusNeededCapped) {
            layout.put("capped", true);
        }
        out.put("layout", layout);
        if (cluster != null) {
            out.put("cluster", cluster);
        }
        out.put("fits", f.fits);
        out.put("utilization", f.utilization);
        out.put("usageLevel", f.usageLevel.name());
        out.put("efficiency", f.efficiency);
        out.put("contextBeyondTrained", f.scenario.beyondTrainedContext());
        Map<String, Object> fa = new LinkedHashMap<>();
        fa.put("workspaceBytesWithout", f.flashAttention.bytesWithout());
        fa.put("workspaceBytesWith", f.flashAttention.bytesWith());
        fa.put("savedBytes", f.flashAttention.savedBytes());
        fa.put("scoreMatrixBytesPerLayer", f.flashAttention.scoreMatrixBytes());
        fa.put("kvCacheChanged", false);
        out.put("flashAttention", fa);
        Map<String, Object> eviction = new LinkedHashMap<>();
        eviction.put("keptTokensPerSequence", f.kvSavings.keptTokensPerSequence);
        eviction.put("savedBytes", f.kvSavings.evictionSavedBytes);
        out.put("eviction", eviction);
        Map<String, Object> limits = new LinkedHashMap<>();
        limits.put("maxContextTokens", f.maxContextTokens);
        limits.put("maxBatch", f.maxBatch);
        out.put("limits", limits);
        out.put("vllm", vllm(f.vllm));
        out.put("training", training(f.training, f.scenario.gpus()));
        out.put("serving", serving(f.scenario, serving));
        out.put("performance", performance(performance));
        out.put("speculative", speculative(f.scenario, performance));
        if (f.scenario.settings.prefix() != PrefixWorkload.NONE) {
            // Only when chosen, so a report without prefix caching is exactly what it was before.
            out.put("prefixCache", prefixCache(serving));
        }
        if (offload != null) {
            out.put("offload", offload);
        }
        out.put("formula", f.formula());
        out.put("notices", notices);
        List<String> capped = new ArrayList<>();
        collectCapped(out, "", capped);
        if (!capped.isEmpty()) {
            // Sizes past 2^63 - 1 bytes stick at that value: name them, so no reader takes them as exact.
            out.put("capped", capped);
        }
        return out;
    }

    /** The JSON pointers of every value that the saturating arithmetic capped at {@link Saturating#CAP}. */
    @SuppressWarnings("unchecked")
    private static void collectCapped(Map<String, Object> node, String path, List<String> capped) {
        for (Map.Entry<String, Object> e : node.entrySet()) {
            String here = path + "/" + e.getKey();
            if (e.getValue() instanceof Map) {
                collectCapped((Map<String, Object>) e.getValue(), here, capped);
            } else if (e.getValue() instanceof Long && Saturating.isCapped((Long) e.getValue())) {
                capped.add(here);
            }
        }
    }

    /**
     * The time model's answer for the batch as concurrent users on the performance layout: exactly
     * the ten fields issue 14 names; a figure without its input (no published price or board power,
     * no ridge below 2^20 sequences) is null.
     */
    static Map<String, Object> performance(ServingPerformance p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("decodeStepSeconds", p.decodeStepSeconds);
        out.put("tpotSeconds", p.tpotSeconds);
        out.put("ttftSeconds", p.ttftSeconds);
        out.put("tokensPerSecond", p.tokensPerSecond);
        out.put("tokensPerSecondPerUser", p.tokensPerSecondPerUser);
        out.put("requestsPerSecond", p.requestsPerSecond);
        out.put("boundBy", p.boundBy.word());
        out.put("costPerMillionTokens", orNull(p.costPerMillionTokens));
        out.put("joulesPerToken", orNull(p.joulesPerToken));
        out.put("ridgeBatch", p.ridgeBatch > 0 ? Integer.valueOf(p.ridgeBatch) : null);
        return out;
    }

    /**
     * Speculative decoding: the draft's whole weights and its KV for the batch at the full context
     * ({@link DraftFootprint}), and the time model's tokens per target step and speed-up; zeros and
     * 1.0 without a draft.
     */
    static Map<String, Object> speculative(Scenario scenario, ServingPerformance p) {
        DraftFootprint draft = DraftFootprint.of(scenario);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("draftWeightsBytes", draft.weightsBytes());
        out.put("draftKvBytes", draft.kvBytes(scenario.batch, scenario.context));
        out.put("tokensPerStep", p.tokensPerStep);
        out.put("speedup", p.speedup);
        return out;
    }

    /**
     * Prefix caching from the serving run's measured half: the hit rate by tokens, the mean KV bytes
     * sharing saved, the prompt tokens not prefilled; null without a run.
     */
    static Map<String, Object> prefixCache(ServingRun serving) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("hitRate", serving == null ? null : Double.valueOf(serving.prefixHitRate));
        out.put("sharedBytes", serving == null ? null : Long.valueOf(serving.prefixSharedBytes));
        out.put("prefillTokensSkipped", serving == null ? null : Long.valueOf(serving.prefillTokensSkipped));
        return out;
    }

    private static Double orNull(double value) {
        return Double.isNaN(value) ? null : Double.valueOf(value);
    }

    private static Map<String, Object> vllm(VllmReservation v) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("blockSize", v.blockSize());
        out.put("kvBytesPerTokenPerGpu", v.kvBytesPerTokenPerGpu());
        out.put("chargedLayers", v.grouping().chargedLayers());
        out.put("usableBytes", v.usableBytes());
        out.put("budgetBytes", v.budgetBytes());
        out.put("availableKvBytes", v.availableKvBytes());
        out.put("poolTokens", v.poolTokens());
        out.put("maxConcurrency", v.maxConcurrency());
        return out;
    }

    /** The simulation's run of the scenario, or why there is none. */
    private static Map<String, Object> serving(Scenario scenario, ServingRun r) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (r == null) {
            out.put("skipped", ServingRun.whyNot(scenario));
            return out;
        }
        out.put("ticks", r.ticks);
        out.put("measuredTicks", r.measuredTicks);
        out.put("tokensPerTick", r.tokensPerTick);
        out.put("meanKvUsedBytes", r.meanKvUsedBytes);
        out.put("meanKvReservedBytes", r.meanKvReservedBytes);
        out.put("peakKvReservedBytes", r.peakKvReservedBytes);
        out.put("meanWasteBytes", r.meanWasteBytes);
        out.put("requestsFinished", r.requestsFinished);
        out.put("preemptions", r.preemptions);
        out.put("ticksRefusedForMemory", r.ticksRefusedForMemory);
        out.put("gpus", r.gpus);
        out.put("seed", ServingRun.SEED);
        return out;
    }

    private static Map<String, Object> training(TrainingMemory t, int gpus) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("weightsBytes", t.weightsBytes());
        out.put("gradientBytes", t.gradientBytes());
        out.put("optimizerBytes", t.optimizerBytes());
        out.put("activationBytes", t.activationBytes());
        out.put("totalBytes", t.totalBytes());
        Map<String, Object> zero = new LinkedHashMap<>();
        zero.put("gpus", gpus);
        for (int stage = 1; stage <= 3; stage++) {
            zero.put("stage" + stage + "PerGpuBytes", t.perGpuBytes(stage, gpus));
        }
        out.put("zero", zero);
        return out;
    }
}
