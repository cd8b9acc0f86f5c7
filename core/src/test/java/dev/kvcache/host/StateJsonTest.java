package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvcache.TestCatalog;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.PrefixCacheView;
import dev.kvcache.sim.PrefixWorkload;
import dev.kvcache.sim.SimSettings;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The state JSON names the GPUs in use, the GPUs needed and the layout that holds the scenario, as report does. */
class StateJsonTest {
    @Test
    void theLayoutInTheStateIsTheLayoutThatHoldsTheScenario() throws Exception {
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(32)
                .contextTokens(100_000_000L).speed(100.0).build();
        SimulationHost host = new SimulationHost(TestCatalog.get(), settings);
        for (int frame = 0; frame < 200; frame++) {
            host.advance(1 / 60.0);
            JsonNode state = new ObjectMapper().readTree(StateJson.of(host, Collections.<String>emptyList()));
            long gpus = state.at("/gpusNeeded").asLong();
            assertEquals(gpus, state.at("/layout/gpus").asLong(), "frame " + frame);
            assertTrue(state.at("/gpuCount").asLong() <= gpus, "frame " + frame);
            assertEquals(gpus, state.at("/layout/tp").asLong() * state.at("/layout/pp").asLong()
                    * state.at("/layout/cp").asLong());
        }
        JsonNode state = new ObjectMapper().readTree(StateJson.of(host, Collections.<String>emptyList()));
        assertEquals(host.simulation().memory().gpusNeeded(), state.at("/gpusNeeded").asLong());
    }

    @Test
    void theStateSaysWhetherMotionIsReduced() throws Exception {
        SimulationHost host = new SimulationHost(TestCatalog.get(), SimSettings.builder().build());
        ObjectMapper json = new ObjectMapper();
        assertTrue(json.readTree(StateJson.of(host, Collections.<String>emptyList(), Motion.REDUCED))
                .at("/reducedMotion").asBoolean());
        assertEquals(false, json.readTree(StateJson.of(host, Collections.<String>emptyList(), Motion.FULL))
                .at("/reducedMotion").asBoolean(true));
        assertTrue(json.readTree(StateJson.of(host, Collections.<String>emptyList())).at("/reducedMotion").isMissingNode(),
                "left out where the motion is not known (the debug log)");
    }

    /** Prefix caching's figures are in the state only while a workload is chosen, as report prints them. */
    @Test
    void theStateCarriesThePrefixCacheOnlyWhenChosen() throws Exception {
        SimSettings off = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(8).paging(PagingMode.PAGED)
                .contextTokens(32_768).build();
        SimulationHost plain = new SimulationHost(TestCatalog.get(), off);
        SimulationHost rag = new SimulationHost(TestCatalog.get(), off.toBuilder().prefix(PrefixWorkload.RAG).build());
        for (int tick = 0; tick < 600; tick++) {
            plain.singleStep();
            rag.singleStep();
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode none = json.readTree(StateJson.of(plain, Collections.<String>emptyList()));
        assertEquals("none", none.at("/prefix").asText());
        assertTrue(none.at("/prefixCache").isMissingNode());
        JsonNode on = json.readTree(StateJson.of(rag, Collections.<String>emptyList()));
        assertEquals("rag", on.at("/prefix").asText());
        PrefixCacheView cache = rag.simulation().blocks().prefixChains();
        assertEquals(cache.hitRate(), on.at("/prefixCache/hitRate").asDouble(), 0.0);
        assertTrue(cache.hitRate() > 0, "eight sequences over eight documents hit some");
        assertEquals(cache.prefillTokensSkipped(), on.at("/prefixCache/prefillTokensSkipped").asLong());
        assertEquals(rag.simulation().memory().prefixSavedBytes(), on.at("/prefixCache/sharedBytes").asLong());
    }

    /**
     * The serving clock is its own: simulated seconds depend on the ticks run, not on the speed the
     * animation shows them at, and the money per million tokens is the device-hours at its price.
     */
    @Test
    void theStateCarriesTheServingClockApartFromTheAnimation() throws Exception {
        SimSettings slow = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(8)
                .contextTokens(4096).speed(1.0).build();
        SimulationHost atOneX = new SimulationHost(TestCatalog.get(), slow);
        SimulationHost atHundredX = new SimulationHost(TestCatalog.get(), slow.toBuilder().speed(100.0).build());
        for (int tick = 0; tick < 3000; tick++) {
            atOneX.singleStep();
            atHundredX.singleStep();
        }
        ObjectMapper json = new ObjectMapper();
        JsonNode one = json.readTree(StateJson.of(atOneX, Collections.<String>emptyList())).at("/serving");
        JsonNode hundred = json.readTree(StateJson.of(atHundredX, Collections.<String>emptyList())).at("/serving");
        double seconds = one.at("/seconds").asDouble();
        assertTrue(seconds > 0);
        assertEquals(seconds, hundred.at("/seconds").asDouble(), 0.0, "speed changes the animation, not the serving");
        assertTrue(one.at("/requestsFinished").asLong() > 0);
        assertTrue(one.at("/ttftSeconds").asDouble() > 0);
        assertTrue(one.at("/tpotSeconds").asDouble() > 0.003 && one.at("/tpotSeconds").asDouble() < 0.02,
                "an 8B model decodes a token in a few ms on an H100: " + one.at("/tpotSeconds"));
        double gpuHours = one.at("/gpuHours").asDouble();
        double tokens = one.at("/outputTokens").asDouble();
        assertEquals(3.95 * gpuHours / tokens * 1e6, one.at("/costPerMillionTokens").asDouble(), 1e-9);
        assertEquals(700 * gpuHours * 3600 / tokens, one.at("/joulesPerToken").asDouble(), 1e-9);
        assertEquals("memory", one.at("/boundBy").asText());
    }
}
