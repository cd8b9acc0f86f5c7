package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvcache.TestCatalog;
import dev.kvcache.sim.SimSettings;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The state JSON names one GPU count and the layout of those GPUs, as the panels show them. */
class StateJsonTest {
    @Test
    void theLayoutInTheStateIsTheLayoutOfTheGpusInUse() throws Exception {
        SimSettings settings = SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(32)
                .contextTokens(100_000_000L).speed(100.0).build();
        SimulationHost host = new SimulationHost(TestCatalog.get(), settings);
        for (int frame = 0; frame < 200; frame++) {
            host.advance(1 / 60.0);
            JsonNode state = new ObjectMapper().readTree(StateJson.of(host, Collections.<String>emptyList()));
            long gpus = state.at("/gpuCount").asLong();
            assertEquals(gpus, state.at("/layout/gpus").asLong(), "frame " + frame);
            assertEquals(gpus, state.at("/layout/tp").asLong() * state.at("/layout/pp").asLong()
                    * state.at("/layout/cp").asLong());
        }
        JsonNode state = new ObjectMapper().readTree(StateJson.of(host, Collections.<String>emptyList()));
        assertEquals(host.simulation().memory().gpusNeeded(), state.at("/gpusNeeded").asLong());
    }
}
