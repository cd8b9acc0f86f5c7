package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.memory.ScenarioFigures;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.units.Quantities;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What screen readers are told: the scenario and its verdict in words, again only when either changes. */
class LiveStatusTest {
    /** Records what the page's live region would be given. */
    private static final class Region implements PlatformServices {
        final List<String> said = new ArrayList<>();

        @Override
        public void announce(String text) {
            said.add(text);
        }
    }

    private static SimulationHost host(SimSettings settings) {
        return new SimulationHost(TestCatalog.get(), settings);
    }

    private static String percent(ScenarioFigures f) {
        return Quantities.percent(f.utilization);
    }

    @Test
    void theSentenceNamesModelDeviceBatchContextAndTheVerdict() {
        SimulationHost fits = host(SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(1)
                .contextTokens(4096).gpuCount(GpuCount.fixed(1)).build());
        assertEquals("Llama-3.1-8B on H100 SXM 80GB, batch 1 at 4K tokens: fits on 1 GPU, "
                + percent(fits.figures()) + " used.", ScenarioSentence.of(fits));

        SimulationHost two = host(SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(8)
                .contextTokens(131_072).gpuCount(GpuCount.AUTO).build());
        assertEquals(2, two.figures().scenario.gpus(), "Llama-3.1-8B, batch 8 at 128K needs two H100s");
        assertEquals("Llama-3.1-8B on H100 SXM 80GB, batch 8 at 128K tokens: fits on 2 GPUs, "
                + percent(two.figures()) + " of each used.", ScenarioSentence.of(two));

        SimulationHost tooFew = host(SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(8)
                .contextTokens(131_072).gpuCount(GpuCount.fixed(1)).build());
        assertTrue(tooFew.figures().utilization > 1.0);
        assertEquals("Llama-3.1-8B on H100 SXM 80GB, batch 8 at 128K tokens: does not fit on 1 GPU ("
                + percent(tooFew.figures()) + " needed); needs 2 GPUs.", ScenarioSentence.of(tooFew));

        SimulationHost sram = host(SimSettings.builder().modelId("llama-3.1-8b").deviceId("groq-lpu").batch(1)
                .contextTokens(4096).gpuCount(GpuCount.AUTO).build());
        String chips = ScenarioSentence.of(sram);
        assertTrue(chips.startsWith("Llama-3.1-8B on Groq LPU, batch 1 at 4K tokens: fits on ")
                && chips.endsWith(" chips, " + percent(sram.figures()) + " of each used."), chips);
    }

    @Test
    void saysItOnceThenAgainOnlyWhenTheScenarioChanges() {
        SimulationHost host = host(SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(8)
                .contextTokens(131_072).speed(100.0).build());
        Region region = new Region();
        LiveStatus status = new LiveStatus();
        for (int frame = 0; frame < 300; frame++) {
            host.advance(1 / 60.0);
            status.follow(host, region);
        }
        assertEquals(1, region.said.size(), "frames that change nothing say nothing: " + region.said);
        assertTrue(host.simulation().tick() > 0, "the run went on");

        host.apply(host.simulation().settings().toBuilder().speed(10.0).build());
        status.follow(host, region);
        assertEquals(1, region.said.size(), "a new speed changes neither scenario nor verdict");

        host.apply(host.simulation().settings().toBuilder().modelId("mistral-7b").build());
        status.follow(host, region);
        status.follow(host, region);
        assertEquals(2, region.said.size(), region.said.toString());
        assertTrue(region.said.get(1).startsWith("Mistral-7B on H100 SXM 80GB, batch 8 at 128K tokens: "),
                region.said.get(1));
        assertEquals(region.said.get(1), status.said());
    }
}
