package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.memory.Scenario;
import org.junit.jupiter.api.Test;

/** The simulated serving figures the report adds: what batching and paging do over time. */
class ServingRunTest {
    /** Llama-3.1-8B at BF16: 131,072 B per token, so one 16-token page is 2 MiB. */
    private static final long PAGE_BYTES = 16L * 131_072;

    private static Scenario.Builder llama8bOnH100(int batch, long context) {
        Catalog catalog = TestCatalog.get();
        return new Scenario.Builder(catalog.model("llama-3.1-8b"), catalog.device("h100")).batch(batch).context(context);
    }

    @Test
    void continuousBatchingServesMoreRequestsInTheSameTime() {
        ServingRun continuous = ServingRun.of(llama8bOnH100(16, 32_768).build());
        ServingRun statik = ServingRun.of(llama8bOnH100(16, 32_768).batching(dev.kvcache.sim.BatchingMode.STATIC).build());
        assertEquals(continuous.measuredTicks, statik.measuredTicks);
        assertTrue(continuous.requestsFinished > statik.requestsFinished * 5 / 4,
                continuous.requestsFinished + " requests with continuous batching, " + statik.requestsFinished + " without");
    }

    @Test
    void pagingWastesLessThanAPagePerSequenceAndContiguousReservationsWasteMuchMore() {
        ServingRun paged = ServingRun.of(llama8bOnH100(16, 32_768).build());
        ServingRun contiguous = ServingRun.of(llama8bOnH100(16, 32_768).paging(dev.kvcache.sim.PagingMode.CONTIGUOUS).build());
        long pagedWaste = paged.meanKvReservedBytes - paged.meanKvUsedBytes;
        assertTrue(pagedWaste >= 0 && pagedWaste < 16 * PAGE_BYTES, "paged waste " + pagedWaste);
        long contiguousWaste = contiguous.meanKvReservedBytes - contiguous.meanKvUsedBytes;
        assertTrue(contiguousWaste > 0.3 * contiguous.meanKvReservedBytes, "contiguous waste " + contiguousWaste
                + " of " + contiguous.meanKvReservedBytes);
        assertTrue(contiguous.peakKvReservedBytes >= contiguous.meanKvReservedBytes);
    }

    @Test
    void aContextNoGpuHoldsIsRefusedEveryTickAndTheSameScenarioGivesTheSameFigures() {
        ServingRun refused = ServingRun.of(llama8bOnH100(32, 100_000_000).build());
        assertEquals(refused.measuredTicks, refused.ticksRefusedForMemory);
        assertEquals(0, refused.requestsFinished);
        assertEquals(1, refused.gpus);
        ServingRun once = ServingRun.of(llama8bOnH100(4, 8_192).build());
        ServingRun again = ServingRun.of(llama8bOnH100(4, 8_192).build());
        assertEquals(once.meanKvUsedBytes, again.meanKvUsedBytes);
        assertEquals(once.requestsFinished, again.requestsFinished);
    }

    @Test
    void scenariosTheSimulationCannotServeSayWhy() {
        assertNull(ServingRun.whyNot(llama8bOnH100(32, 100_000_000).build()));
        assertNotNull(ServingRun.whyNot(llama8bOnH100(64, 8_192).build()));
        assertEquals("context 104,857,600 tokens: the simulation runs contexts of 16 to 100M tokens",
                ServingRun.whyNot(llama8bOnH100(8, 104_857_600).build()));
    }
}
