package dev.kvcache.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.kvcache.TestCatalog;
import dev.kvcache.input.Action;
import dev.kvcache.scenario.QueryString;
import dev.kvcache.scenario.ScenarioParams;
import dev.kvcache.scenario.StartupScenario;
import dev.kvcache.sim.SimSettings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The draft's control reaches the simulation, the state JSON and the saved settings. */
class DraftControlTest {
    private final SimulationHost host = new SimulationHost(TestCatalog.get(),
            SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(4).contextTokens(32_768).build());
    private final List<String> notices = new ArrayList<>();
    private final ActionHandler handler = new ActionHandler(host, new TestPlatform(), a -> { }, notices::add);

    private JsonNode state() throws Exception {
        return new ObjectMapper().readTree(StateJson.of(host, Collections.<String>emptyList()));
    }

    @Test
    void theDraftControlCyclesTheDraftAndTheStateSaysSo() throws Exception {
        JsonNode off = state();
        assertEquals("none", off.at("/draft").asText());
        assertEquals(0, off.at("/draftBytesPerGpu").asLong());
        handler.perform(Action.NEXT_DRAFT);
        handler.applyPending();
        JsonNode on = state();
        assertEquals("llama-3.2-1b", on.at("/draft").asText());
        assertEquals(4, on.at("/draftK").asInt());
        assertEquals(0.85, on.at("/acceptance").asDouble());
        // Llama-3.2-1B's weights alone are 2.47 GB at BF16; its KV comes on top.
        assertTrue(on.at("/draftBytesPerGpu").asLong() > 2_400_000_000L, on.toString());
        assertTrue(on.at("/link").asText().contains("draft=llama-3.2-1b"), on.at("/link").asText());
        assertEquals(List.of("speculative draft: Llama-3.2-1B"), notices);
        handler.perform(Action.NEXT_DRAFT);
        handler.applyPending();
        assertEquals("none", state().at("/draft").asText(), "Llama-3.1-8B has no MTP heads: back to none");
    }

    @Test
    void theSavedSettingsKeepTheDraft() {
        SimSettings drafting = SimSettings.builder().modelId("deepseek-v3").deviceId("h200").build().toBuilder()
                .speculation(SimSettings.builder().build().speculation().withDraft("mtp").withK(2).withAcceptance(0.9))
                .build();
        String saved = ScenarioParams.format(drafting, 0, false);
        Map<String, String> read = QueryString.parse(saved, new ArrayList<String>());
        SimSettings back = StartupScenario.resolve(TestCatalog.get(), read, Map.of()).settings();
        assertEquals(drafting.speculation(), back.speculation(), saved);
    }

    @Test
    void theEfficiencyControlsReachTheStateAndTheClock() throws Exception {
        assertEquals(0.7, state().at("/bw").asDouble(), 0.0);
        assertEquals(0.5, state().at("/flops").asDouble(), 0.0);
        handler.perform(Action.BW_EFFICIENCY_DOWN);
        handler.perform(Action.FLOPS_EFFICIENCY_UP);
        handler.applyPending();
        assertEquals(0.6, state().at("/bw").asDouble(), 0.0);
        assertEquals(0.6, state().at("/flops").asDouble(), 0.0);
        assertEquals(List.of("achieved bandwidth 60% of peak", "achieved tensor throughput 60% of peak"), notices);
        assertTrue(state().at("/link").asText().contains("bw=0.6&flops=0.6"), state().at("/link").asText());
    }
}
