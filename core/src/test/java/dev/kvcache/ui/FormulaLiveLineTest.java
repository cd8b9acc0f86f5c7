package dev.kvcache.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.DeviceUnit;
import dev.kvcache.scenario.EngineSpecProvider;
import dev.kvcache.sim.GpuCount;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Simulation;
import dev.kvcache.units.Quantities;
import org.junit.jupiter.api.Test;

class FormulaLiveLineTest {
    private static Simulation run(PagingMode paging) {
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100")
                .batch(2).contextTokens(4096).paging(paging).gpuCount(GpuCount.fixed(1)).build();
        Simulation simulation = new Simulation(new EngineSpecProvider(TestCatalog.get()), settings);
        simulation.jumpToTokens(1000);
        return simulation;
    }

    private static String line(Simulation simulation) {
        StringBuilder live = new StringBuilder();
        FormulaPanel.appendLiveLine(live, simulation, DeviceUnit.GPU);
        return live.toString();
    }

    @Test
    void pagedCacheNamesItsSixteenTokenPages() {
        // 1,000 tokens x 131,072 B (Llama-3.1-8B, BF16) per sequence; a page is 16 x 131,072 B = 2 MiB.
        assertEquals("Now: 1 GPU holds 250 MiB of KV for 1,000 tokens (longest), pages of 2 MiB = 16 tokens",
                line(run(PagingMode.PAGED)));
    }

    @Test
    void contiguousCacheNamesItsReservationNotPages() {
        Simulation simulation = run(PagingMode.CONTIGUOUS);
        // Each sequence reserved its whole length on admission: more than the 250 MiB it holds.
        long reserved = simulation.memory().kvReservedBytes();
        assertTrue(reserved > 250L << 20, "reserved " + reserved);
        StringBuilder expected = new StringBuilder("Now: 1 GPU holds 250 MiB of KV for 1,000 tokens (longest), ");
        Quantities.bytes(expected, reserved).append(" reserved");
        assertEquals(expected.toString(), line(simulation));
    }
}
