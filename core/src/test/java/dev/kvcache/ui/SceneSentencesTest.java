package dev.kvcache.ui;

import dev.kvcache.render.StepNow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.DeviceSpec;
import dev.kvcache.catalog.Precision;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.MemoryUsage;
import dev.kvcache.sim.SimSettings;
import org.junit.jupiter.api.Test;

/**
 * The panels' sentences are true for the scene they describe: device names never nest in
 * parentheses, requests running show as running, SRAM parts are chips or wafers, and a fixed
 * deployment that holds the batch is not told it needs fewer.
 */
class SceneSentencesTest {
    private static SimulationHost host(String model, String device, int batch, GpuCount gpus, double speed) {
        SimSettings settings = SimSettings.builder().modelId(model).deviceId(device).batch(batch)
                .contextTokens(131_072).gpuCount(gpus).speed(speed).build();
        return new SimulationHost(TestCatalog.get(), settings);
    }

    private static void run(SimulationHost host, int ticks) {
        for (int i = 0; i < ticks; i++) {
            host.singleStep();
        }
    }

    @Test
    void theMemoryLineNeverPutsAParenthesisedDeviceNameInParentheses() {
        SimulationHost host = host("llama-3.1-8b", "tpu-v4", 8, GpuCount.AUTO, 1.0);
        run(host, 300);
        MemoryUsage usage = host.simulation().memory();
        DeviceSpec tpu = host.device();
        String line = MemoryCaption.memoryLine(new StringBuilder(), tpu, usage.gpuCount(), usage.usedBytesPerGpu(),
                usage.capacityBytesPerGpu(), usage.usageFraction(), 64L << 20).toString();
        assertFalse(line.contains("))") || line.contains("(("), line);
        assertTrue(line.startsWith("One of " + usage.gpuCount() + " \u00d7 TPU v4 (per chip): "), line);
        assertTrue(line.endsWith(" in use (" + percent(usage.usageFraction()) + ") \u00b7 1 bank = 64 MiB"), line);
        String one = MemoryCaption.memoryLine(new StringBuilder(), TestCatalog.get().device("h100"), 1, 17L << 30,
                80L << 30, 17 / 80.0, 256L << 20).toString();
        assertEquals("H100 SXM 80GB: 17 GiB of 80 GiB in use (21.3%) \u00b7 1 bank = 256 MiB", one);
    }

    private static String percent(double fraction) {
        return dev.kvcache.units.Quantities.percent(new StringBuilder(), fraction).toString();
    }

    @Test
    void warningsAboutATpuNeverNestParenthesesAndCallItAChip() {
        SimulationHost host = host("llama-3.1-8b", "tpu-v4", 8, GpuCount.AUTO, 1.0);
        run(host, 300);
        WarningPanel warning = new WarningPanel();
        assertTrue(warning.compose(host));
        String text = warning.title() + " | " + warning.message();
        assertFalse(text.contains(") ("), text);
        assertFalse(text.contains("GPU"), text);
        assertTrue(text.startsWith("Needs 6 chips | At full context this batch needs 6 \u00d7 TPU v4 (per chip), "), text);
    }

    @Test
    void aWaferScaleEngineIsAWafer() {
        SimulationHost host = host("llama-3.1-70b", "wse-3", 8, GpuCount.AUTO, 1.0);
        run(host, 50);
        WarningPanel warning = new WarningPanel();
        assertTrue(warning.compose(host));
        assertTrue(warning.title().toString().matches("Needs [0-9,]+ wafers"), warning.title().toString());
        assertTrue(warning.message().toString().contains("of SRAM on the wafer"), warning.message().toString());
        SimulationHost apocalypse = host("llama-3.1-70b", "wse-3", 32, GpuCount.AUTO, 100.0);
        SimSettings huge = apocalypse.simulation().settings().toBuilder().contextTokens(100_000_000).build();
        apocalypse.apply(huge);
        run(apocalypse, 20);
        assertTrue(warning.compose(apocalypse));
        assertEquals("MEMORY APOCALYPSE", warning.title().toString());
        assertTrue(warning.message().toString().contains(" wafers of on-wafer SRAM needed"), warning.message().toString());
        assertFalse(warning.message().toString().contains("wafers/chips"));
    }

    @Test
    void theApocalypseCountsTheRealGpusInSpaceAndTheReadOfEachInTime() {
        SimulationHost host = host("llama-3.1-8b", "h100", 32, GpuCount.AUTO, 100.0);
        // Paging off, as the app opens this scene: each sequence reserves its whole context.
        host.apply(host.simulation().settings().toBuilder().contextTokens(100_000_000)
                .paging(dev.kvcache.sim.PagingMode.CONTIGUOUS).build());
        run(host, 200);
        MemoryUsage usage = host.simulation().memory();
        WarningPanel warning = new WarningPanel();
        assertTrue(warning.compose(host));
        assertEquals("MEMORY APOCALYPSE", warning.title().toString());
        String message = warning.message().toString();
        int needed = usage.gpusNeeded();
        assertTrue(needed >= WarningPanel.APOCALYPSE_GPUS, "needs " + needed);
        StringBuilder expected = dev.kvcache.units.Quantities.grouped(new StringBuilder(), needed)
                .append(" \u00d7 H100 SXM 80GB needed. Build a datacenter: ");
        dev.kvcache.units.Quantities.decimal(expected, needed / 256.0).append(" DGX SuperPODs of 256 GPUs.");
        assertTrue(message.startsWith(expected.toString()), message);
        // A step reads each GPU's weights and its share of the tokens' KV, not the contiguous regions
        // reserved for tokens to come (paging is off here): those hold nothing to read. Worked by hand:
        // 4,320 GPUs as tp 8 x pp 4 x cp 135; the 32 sequences go through the 4 stages as 4
        // micro-batches, so the most loaded GPU reads its weights 4 times a step and its share of the
        // held tokens' KV (every GPU holds 1/4,320 of it) once, at 70% of an H100's 3,350 GB/s.
        StepNow step = new StepNow();
        assertTrue(step.update(host));
        assertEquals(4_320, usage.gpuCount());
        assertEquals(4, step.model().work().pp());
        double tokens = 0;
        for (int slot = 0; slot < host.simulation().slotCount(); slot++) {
            dev.kvcache.sim.SequenceView s = host.simulation().sequenceInSlot(slot);
            if (s != null && s.state() == dev.kvcache.sim.SequenceState.RUNNING) {
                tokens += s.tokens();
            }
        }
        double kvPerGpu = tokens * 131_072 / 4_320;
        double weightsRead = step.cost().weightBytesRead();
        assertTrue(weightsRead <= usage.layout().weightBytesPerGpu(usage.gpuCount()), weightsRead + " weight bytes read");
        double byHand = (4 * weightsRead + kvPerGpu) / (3350e9 * 0.7);
        double seconds = step.cost().memorySeconds();
        assertEquals(byHand, seconds, seconds * 1e-9);
        assertTrue(kvPerGpu < usage.usedBytesPerGpu() * 0.8, kvPerGpu + " read of " + usage.usedBytesPerGpu() + " in use");
        assertTrue(message.contains(" every decode step spends "
                + dev.kvcache.units.Quantities.duration(new StringBuilder(), seconds)
                + " reading weights and KV at 2.35 TB/s achieved on the most loaded of them, before any traffic"), message);
    }

    @Test
    void anMoeApocalypseReadsTheActiveExpertsNotEveryWeight() {
        SimulationHost host = host("deepseek-v3", "h200", 32, GpuCount.AUTO, 100.0);
        host.apply(host.simulation().settings().toBuilder().contextTokens(100_000_000).build());
        run(host, 200);
        MemoryUsage usage = host.simulation().memory();
        WarningPanel warning = new WarningPanel();
        assertTrue(warning.compose(host));
        assertEquals("MEMORY APOCALYPSE", warning.title().toString());
        StepNow step = new StepNow();
        assertTrue(step.update(host));
        long allWeights = usage.layout().weightBytesPerGpu(usage.gpuCount());
        double weightsRead = step.cost().weightBytesRead();
        assertTrue(weightsRead < 0.8 * allWeights, weightsRead + " of " + allWeights + " weight bytes per GPU read");
        String message = warning.message().toString();
        assertTrue(message.contains(" every decode step spends "
                + dev.kvcache.units.Quantities.duration(new StringBuilder(), step.cost().memorySeconds())
                + " reading weights and KV at "), message);
    }

    @Test
    void anApocalypseOnTooFewGpusSaysRequestsWaitRatherThanTimingTheGpusItHasNot() {
        SimulationHost host = host("llama-3.1-8b", "h100", 32, GpuCount.fixed(1), 100.0);
        host.apply(host.simulation().settings().toBuilder().contextTokens(100_000_000)
                .paging(dev.kvcache.sim.PagingMode.CONTIGUOUS).build());
        run(host, 50);
        WarningPanel warning = new WarningPanel();
        assertTrue(warning.compose(host));
        assertEquals("MEMORY APOCALYPSE", warning.title().toString());
        String message = warning.message().toString();
        assertTrue(message.endsWith(" DGX SuperPODs of 256 GPUs. With the 1 set here, requests wait or are preempted."),
                message);
        assertFalse(message.contains("most loaded of them"), message);
    }

    @Test
    void aFixedDeploymentThatHoldsTheBatchIsNotToldItNeedsFewer() {
        SimulationHost host = host("deepseek-v3", "h200", 8, GpuCount.fixed(8), 1.0);
        // Its native FP8 weights and cache, as the app starts it: 6 H200s hold the batch at full context.
        host.apply(host.simulation().settings().toBuilder().weightPrecision(Precision.FP8).kvPrecision(Precision.FP8)
                .build());
        run(host, 100);
        assertEquals(6, host.simulation().memory().gpusNeeded());
        WarningPanel warning = new WarningPanel();
        assertTrue(warning.compose(host));
        assertEquals("Spread over 8 GPUs", warning.title().toString());
        assertTrue(warning.message().toString().endsWith("the 8 set here hold it."), warning.message().toString());
    }

    @Test
    void runningRequestsAreCountedAsRunningNotWaiting() {
        SimulationHost host = host("llama-3.1-8b", "h100", 8, GpuCount.AUTO, 1.0);
        run(host, 100);
        int running = InfoPanel.running(host.simulation());
        assertEquals(8, running, "eight slots decode");
        String row = InfoPanel.requests(new StringBuilder(), running, host.simulation().waitingCount(),
                host.simulation().finishedCount(), host.simulation().preemptionCount()).toString();
        assertTrue(row.startsWith("8 running \u00b7 "), row);
        assertEquals("2 running \u00b7 5 queued \u00b7 1,234 done \u00b7 3 preempted",
                InfoPanel.requests(new StringBuilder(), 2, 5, 1234, 3).toString());
        assertEquals("0 running \u00b7 0 queued \u00b7 0 done", InfoPanel.requests(new StringBuilder(), 0, 0, 0, 0)
                .toString());
    }
}
