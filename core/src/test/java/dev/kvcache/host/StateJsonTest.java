package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvcache.TestCatalog;
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
}
