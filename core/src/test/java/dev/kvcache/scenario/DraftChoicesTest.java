package dev.kvcache.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.scenario.SettingSteps.Direction;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Speculation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The draft control's cycle: MTP only where the model has the heads, a draft model only where vLLM would take it. */
class DraftChoicesTest {
    private final Catalog catalog = TestCatalog.get();

    private List<String> choices(String model) {
        return DraftChoices.of(catalog, catalog.model(model));
    }

    @Test
    void eachModelCyclesThroughTheDraftsItCanUse() {
        // Llama-3.2-1B shares Llama 3's 128,256-token vocabulary and has under half of 8B's parameters.
        assertEquals(List.of("none", "llama-3.2-1b"), choices("llama-3.1-8b"));
        assertEquals(List.of("none", "llama-3.2-1b"), choices("llama-3.1-70b"));
        // DeepSeek-V3 has its own MTP module; no smaller model of its 129,280-token vocabulary is in the catalog.
        assertEquals(List.of("none", "mtp"), choices("deepseek-v3"));
        // The same 32,000-token Mistral vocabulary, the same publisher.
        assertEquals(List.of("none", "mistral-7b"), choices("mixtral-8x7b"));
        // The smallest model of a vocabulary drafts for nothing smaller.
        assertEquals(List.of("none"), choices("llama-3.2-1b"));
        // Qwen2.5-14B: the one smaller model of its 152,064-token vocabulary, 7B, is more than half of it.
        assertNull(DraftChoices.draftModelFor(catalog, catalog.model("qwen-2.5-14b")));
        assertEquals("llama-3.2-1b", DraftChoices.draftModelFor(catalog, catalog.model("llama-3.2-3b")).id());
    }

    @Test
    void theControlWrapsAroundAndLeavesAForeignDraftForNone() {
        SimSettings s = SimSettings.builder().modelId("deepseek-v3").build();
        s = DraftChoices.next(catalog, s);
        assertEquals(Speculation.MTP, s.speculation().draft());
        s = DraftChoices.next(catalog, s.toBuilder().speculation(s.speculation().withK(6).withAcceptance(0.7)).build());
        assertEquals(Speculation.NONE, s.speculation().draft());
        assertEquals(6, s.speculation().draftK(), "the draft length and acceptance stay for the next draft");
        assertEquals(0.7, s.speculation().acceptance());
        SimSettings foreign = SimSettings.builder().modelId("llama-3.1-8b")
                .speculation(Speculation.OFF.withDraft("qwen-2.5-1.5b")).build();
        assertEquals(Speculation.NONE, DraftChoices.next(catalog, foreign).speculation().draft());
        assertEquals("Llama-3.2-1B", DraftChoices.label(catalog, Speculation.OFF.withDraft("llama-3.2-1b")));
        assertEquals("MTP heads", DraftChoices.label(catalog, Speculation.OFF.withDraft(Speculation.MTP)));
    }

    @Test
    void aModelStepLetsGoOfADraftTheNewModelCannotUse() {
        SettingSteps steps = new SettingSteps(catalog);
        SimSettings llama = SimSettings.builder().modelId("llama-3.1-8b")
                .speculation(Speculation.OFF.withDraft("llama-3.2-1b")).build();
        SimSettings next = steps.model(llama, Direction.UP);
        assertEquals(Speculation.NONE, next.speculation().draft(), next.modelId() + " cannot take a Llama draft");
        // DeepSeek-R1 is DeepSeek-V3's architecture, MTP module included; Kimi-K2 publishes none.
        SimSettings v3 = SimSettings.builder().modelId("deepseek-v3").speculation(Speculation.OFF.withDraft("mtp")).build();
        SimSettings r1 = steps.model(v3, Direction.UP);
        assertEquals("deepseek-r1", r1.modelId());
        assertEquals(Speculation.MTP, r1.speculation().draft(), "R1 keeps the MTP heads");
        SimSettings kimi = steps.model(r1, Direction.UP);
        assertEquals("kimi-k2", kimi.modelId());
        assertEquals(Speculation.NONE, kimi.speculation().draft(), "no MTP heads on Kimi-K2");
    }
}
