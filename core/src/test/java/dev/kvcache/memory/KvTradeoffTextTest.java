package dev.kvcache.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Precision;
import dev.kvcache.sim.Eviction;
import dev.kvcache.sim.PagingMode;
import dev.kvcache.sim.SimSettings;
import org.junit.jupiter.api.Test;

/** The formula panel names what eviction and KIVI keep and save, warns of the accuracy trade, and is silent when off. */
class KvTradeoffTextTest {
    private static SimSettings.Builder llama(long context) {
        return SimSettings.builder().modelId("llama-3.1-8b").deviceId("h100").batch(8).contextTokens(context)
                .paging(PagingMode.PAGED);
    }

    private static ScenarioFigures figures(SimSettings s) {
        return new ScenarioFigures(
                Scenario.of(s, TestCatalog.get().model(s.modelId()), TestCatalog.get().device(s.deviceId())));
    }

    @Test
    void aWindowSaysWhatItKeepsSavesAndCosts() {
        ScenarioFigures f = figures(llama(131_072).eviction(Eviction.window(4_096)).build());
        // 8 x 131,072 B x (131,072 - 4,112 paged tokens) = 133,127,208,960 B = 124 GiB.
        assertEquals(8L * 131_072 * (131_072 - 4_112), f.kvSavings.evictionSavedBytes);
        String text = f.formula();
        assertTrue(text.contains("keeps 4 attention sinks + the last 4K tokens: 4,100 tokens per sequence, the cache"
                + " stops growing there, saving 124 GiB. Warning: it trades accuracy. The paper reports stable"
                + " perplexity up to 4 million tokens"), text);
        assertTrue(text.contains("Cache = 8 sequences x 128K tokens, each keeping only 4,100 tokens"), text);
    }

    @Test
    void theCountingFormKeepsEachWarningAndLeavesOutWhatThePapersReport() {
        ScenarioFigures f = figures(llama(131_072).eviction(Eviction.window(4_096)).kvPrecision(Precision.INT2).build());
        String whole = f.formula();
        String counting = f.formula(FormulaForm.COUNTING);
        assertTrue(counting.contains(" GiB. Warning: it trades accuracy: evicted tokens are gone. INT2 (KIVI"), counting);
        assertTrue(counting.contains(" against BF16. Warning: it trades accuracy. Weights = "), counting);
        assertFalse(counting.contains("reports"), counting);
        assertTrue(whole.contains("The paper reports stable perplexity") && whole.contains("KIVI reports"), whole);
        // The same counting either way: the form only leaves sentences out.
        assertTrue(counting.length() < whole.length() - 150, counting.length() + " of " + whole.length());
        assertEquals(whole.substring(whole.indexOf("Weights = ")), counting.substring(counting.indexOf("Weights = ")));
    }

    @Test
    void aBudgetWithinTheContextSaysNothingIsEvicted() {
        String text = figures(llama(2_048).eviction(Eviction.budget(4_096)).build()).formula();
        assertTrue(text.contains("a context of 2K tokens fits within it, so nothing is evicted."), text);
        assertTrue(text.contains("H2O reports full-cache accuracy keeping 20% of the cache"), text);
        assertFalse(text.contains("each keeping only"), text);
    }

    @Test
    void int2WarnsWithKivisFigureAndOffSaysNothing() {
        String int2 = figures(llama(131_072).kvPrecision(Precision.INT2).build()).formula();
        assertTrue(int2.contains("INT2 (KIVI, arXiv 2402.02750) saves "), int2);
        assertTrue(int2.contains("KIVI reports almost the same quality at 2 bits"), int2);
        String off = figures(llama(131_072).build()).formula();
        assertFalse(off.contains("Warning") || off.contains("KIVI") || off.contains("evict"), off);
    }
}
