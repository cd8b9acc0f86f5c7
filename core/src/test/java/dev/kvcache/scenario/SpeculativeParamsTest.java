package dev.kvcache.scenario;

import static dev.kvcache.scenario.LinkParse.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kvcache.TestCatalog;
import dev.kvcache.catalog.Catalog;
import dev.kvcache.sim.SimSettings;
import dev.kvcache.sim.Speculation;
import org.junit.jupiter.api.Test;

/** draft, draftK and acceptance from a link: read, written back, and every bad value kept with its notice. */
class SpeculativeParamsTest {
    private final Catalog catalog = TestCatalog.get();
    private final SimSettings defaults = LinkParse.defaults();

    @Test
    void aDraftModelIsReadWithTheDefaultsAndWrittenBack() {
        ScenarioRequest r = parse("model=llama-3.1-70b&draft=llama-3.1-8b");
        Speculation s = r.settings().speculation();
        assertEquals("[]", r.notices().toString());
        assertEquals("llama-3.1-8b", s.draft());
        assertEquals(Speculation.DEFAULT_K, s.draftK());
        assertEquals(Speculation.DEFAULT_ACCEPTANCE, s.acceptance());
        String link = ScenarioParams.format(r.settings(), 0, false);
        assertEquals(r.settings().speculation(), parse(link).settings().speculation());
    }

    @Test
    void theNamesTakeAnyCaseAndDashes() {
        ScenarioRequest r = parse("model=deepseek-v3&draft=MTP&draft-k=2&ACCEPTANCE=0.7");
        assertEquals("[]", r.notices().toString());
        assertEquals(new Speculation("mtp", 2, 0.7), r.settings().speculation());
    }

    @Test
    void noDraftLeavesTheLinkAsItWas() {
        assertFalse(ScenarioParams.format(defaults, 0, false).contains("draft"));
        assertEquals(Speculation.OFF, parse("draft=none").settings().speculation());
    }

    @Test
    void badValuesKeepThePreviousWithOneLineNamingTheField() {
        String on = "model=llama-3.1-70b&draft=llama-3.1-8b&";
        assertEquals("[unknown model 'no-such-model': kept none]", parse("draft=no-such-model").notices().toString());
        assertEquals("[draftK '17' refused (draftK must be between 1 and 16, got 17); kept 4]",
                parse(on + "draftK=17").notices().toString());
        assertEquals("[draftK '0' refused (draftK must be between 1 and 16, got 0); kept 4]",
                parse(on + "draftK=0").notices().toString());
        assertEquals("[acceptance 'NaN' is not understood; kept 0.85]", parse(on + "acceptance=NaN").notices().toString());
        assertEquals("[acceptance '-0.2' is not understood; kept 0.85]", parse(on + "acceptance=-0.2").notices().toString());
        assertEquals("[acceptance '1.5' refused (acceptance must be between 0 and 1, got 1.5); kept 0.85]",
                parse(on + "acceptance=1.5").notices().toString());
        assertEquals(new Speculation("llama-3.1-8b", 4, 0.85), parse(on + "acceptance=1.5").settings().speculation());
    }

    @Test
    void mtpIsRefusedForAModelWithoutMtpHeads() {
        ScenarioRequest r = parse("model=llama-3.1-70b&draft=mtp");
        assertEquals("[draft 'mtp' refused (mtp needs a model with MTP heads, such as deepseek-v3); kept none]",
                r.notices().toString());
        assertEquals(Speculation.OFF, r.settings().speculation());
    }

    @Test
    void switchingAnMtpScenarioToAModelWithoutHeadsEndsTheSpeculation() {
        SimSettings mtp = parse("model=deepseek-v3&draft=mtp").settings();
        ScenarioRequest r = parse("model=llama-3.1-8b", mtp);
        assertEquals(Speculation.OFF, r.settings().speculation());
        assertEquals(1, r.notices().size());
    }
}
