package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.host.SimulationHost;
import dev.kvcache.memory.Scenario;
import dev.kvcache.sim.Eviction;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.TickRate;
import dev.kvcache.timing.LayoutWork;
import dev.kvcache.units.Quantities;
import org.junit.jupiter.api.Test;

/**
 * The formula's step sentence is a memory-bound decode worked by hand: the weights a step reads
 * plus every running sequence's KV, over the H100's 3,350 GB/s at the default 0.7 achieved, then
 * the fixed 1 ms overhead; and it is the step the serving clock times.
 */
class StepSentenceTest {
    private static SimulationHost host(int batch, GpuCount gpus) {
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(batch)
                .contextTokens(4096).paging(PagingMode.PAGED).gpuCount(gpus).build();
        return new SimulationHost(TestCatalog.get(), settings);
    }

    @Test
    void aMemoryBoundStepIsWeightsPlusKvOverAchievedBandwidth() {
        SimulationHost host = host(2, GpuCount.fixed(1));
        host.jumpToTokens(1000);
        StringBuilder said = new StringBuilder();
        assertTrue(new StepSentence().append(said, host));
        // Two sequences of 1,000 tokens at 131,072 B a token: 250 MiB of KV.
        double kv = 2000 * 131_072.0;
        double weights = LayoutWork.of(Scenario.of(host.simulation().settings(), host.model(), host.device()), 1, 1,
                1).weightBytesRead(2);
        double memory = (weights + kv) / (3350e9 * 0.7);
        StringBuilder expected = new StringBuilder("A step reads ");
        Quantities.bytes(expected, Math.round(weights)).append(" of weights + 250 MiB of KV at 2.35 TB/s achieved: ");
        Quantities.duration(expected, memory).append(" (");
        Quantities.duration(expected, memory + 0.001).append(" with overhead), memory-bound.");
        assertEquals(expected.toString(), said.toString());
        // Llama-3.1-8B's 15 GiB less its 1 GiB embedding table (looked up a row a token, not read).
        assertEquals("A step reads 14 GiB of weights + 250 MiB of KV at 2.35 TB/s achieved: 6.5 ms (7.5 ms with "
                + "overhead), memory-bound.", said.toString());
    }

    @Test
    void onSeveralGpusTheSentenceSaysHowMuchOfTheStepIsCollectives() {
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-70b").deviceId("h100").batch(8)
                .contextTokens(32_768).paging(PagingMode.PAGED).gpuCount(GpuCount.fixed(8)).build();
        SimulationHost host = new SimulationHost(TestCatalog.get(), settings);
        host.jumpToTokens(1000);
        StepSentence step = new StepSentence();
        StringBuilder said = new StringBuilder();
        assertTrue(step.append(said, host));
        double collectives = step.cost().interconnectSeconds();
        assertTrue(collectives > 0.1 * step.cost().seconds(), "8 GPUs all-reduce, a tenth of the step or more: " + said);
        StringBuilder part = Quantities.duration(new StringBuilder(" with overhead, "), collectives);
        assertTrue(said.toString().contains(part.append(" of it collectives), memory-bound.")), said.toString());
        StringBuilder alone = new StringBuilder();
        new StepSentence().append(alone, host(2, GpuCount.fixed(1)));
        assertFalse(alone.toString().contains("collectives"), "one GPU, no collectives said: " + alone);
        // Two GPUs all-reduce too, but a few percent of the step: not named.
        SimulationHost onTwo = host(2, GpuCount.fixed(2));
        onTwo.jumpToTokens(1000);
        StepSentence pair = new StepSentence();
        StringBuilder two = new StringBuilder();
        assertTrue(pair.append(two, onTwo));
        assertTrue(pair.cost().interconnectSeconds() > 0 && pair.cost().interconnectSeconds() < 0.1 * pair.cost().seconds(),
                two.toString());
        assertFalse(two.toString().contains("collectives"), "tp 2: " + two);
    }

    @Test
    void underAnEvictionBoundTheStepReadsOnlyTheKeptTokensKv() {
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(2)
                .contextTokens(4096).paging(PagingMode.PAGED).gpuCount(GpuCount.fixed(1))
                .eviction(Eviction.window(500)).build();
        SimulationHost host = new SimulationHost(TestCatalog.get(), settings);
        host.jumpToTokens(1000);
        StepSentence step = new StepSentence();
        StringBuilder said = new StringBuilder();
        assertTrue(step.append(said, host));
        double weights = LayoutWork.of(Scenario.of(settings, host.model(), host.device()), 1, 1, 1).weightBytesRead(2);
        // Each of the two keeps 4 sinks + 500 recent tokens of its 1,000: 2 x 504 x 131,072 B = 126 MiB.
        assertEquals(weights + 2 * 504 * 131_072.0, step.cost().bytesRead(), 0.0);
        assertEquals("A step reads 14 GiB of weights + 126 MiB of KV (each sequence keeps at most 504 tokens) at 2.35 TB/s"
                + " achieved: 6.5 ms (7.5 ms with overhead), memory-bound.", said.toString());
        StringBuilder unbounded = new StringBuilder();
        new StepSentence().append(unbounded, host(2, GpuCount.fixed(1)));
        assertFalse(unbounded.toString().contains("kept"), "no bound, nothing said of it: " + unbounded);
    }

    @Test
    void itPricesTheStepTheServingClockTimes() {
        SimulationHost host = host(4, GpuCount.fixed(1));
        for (int i = 0; i < 120; i++) {
            host.singleStep();
        }
        StepSentence step = new StepSentence();
        assertTrue(step.append(new StringBuilder(), host));
        // A tick is tokensPerTick decode steps (no prompt this tick, or the tick's time would hold it too).
        double perStep = host.simulation().serving().lastTickSeconds() / TickRate.tokensPerTick(4096);
        assertTrue(Math.abs(step.cost().seconds() / perStep - 1) < 0.02,
                "sentence " + step.cost().seconds() + " s, clock " + perStep + " s a step");
    }

    @Test
    void nothingRunningMeansNoSentence() {
        SimulationHost host = host(1, GpuCount.fixed(1));
        StringBuilder said = new StringBuilder();
        assertFalse(new StepSentence().append(said, host), said.toString());
        assertEquals("", said.toString());
    }
}
